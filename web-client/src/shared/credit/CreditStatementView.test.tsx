import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CreditStatementView } from './CreditStatementView';
import { statement, videoCourse } from './fixtures';

function renderView(view = statement) {
  return render(
    <MemoryRouter>
      <CreditStatementView view={view} resourceLink={(c, r) => `/programs/p1/courses/${c}/resources/${r}`} />
    </MemoryRouter>,
  );
}

describe('CreditStatementView', () => {
  it('shows the summary in the manuals\' terms, red and 未达标 while short', () => {
    renderView();
    const summary = screen.getByTestId('credit-summary');
    expect(within(summary).getByText('1小时5分钟')).toBeInTheDocument();
    expect(within(summary).getByTestId('program-credited')).toHaveClass('credit-figure--short');
    expect(within(summary).getByTestId('program-credited-verdict')).toHaveTextContent('未达标');
    expect(within(summary).getByTestId('credit-status')).toHaveTextContent('待认定');
  });

  it('turns a met course blue and says 已达标', () => {
    renderView({ ...statement, courses: [{ ...videoCourse, creditedHours: 2, met: true, reasons: [] }] });
    const card = screen.getByTestId('course-credit');
    expect(within(card).getByTestId('course-credited')).toHaveClass('credit-figure--met');
    expect(within(card).getByTestId('course-credited-verdict')).toHaveTextContent('已达标');
    expect(within(card).getByText('认定 2 学时 · 最多认定 2 学时')).toBeInTheDocument();
  });

  it('links each resource to study it, with its circle', () => {
    renderView();
    expect(screen.getByRole('link', { name: '学习 第二讲' })).toHaveAttribute('href', '/programs/p1/courses/c1/resources/r2');
    expect(screen.getByRole('img', { name: '学习中（已观看40%）' })).toBeInTheDocument();
  });

  it('answers 为什么没有计入学时？ with the program conditions first', () => {
    renderView();
    const items = within(screen.getByTestId('credit-why')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('专题：学校管理员尚未审核您的身份');
    expect(items[2]).toHaveTextContent('第二讲：视频尚未看完（已观看40%）');
  });

  it('shows the role block for a role program', () => {
    renderView({ ...statement, role: { role: 'psychologyTeacher', verified: true, completedLessons: 12, minLessons: 15, minHours: 15, maxHours: 20 } });
    expect(screen.getByTestId('credit-role')).toHaveTextContent('心理健康教育专兼职教师（学校已认定）：已完成 12/15 节，认定 15–20 学时');
  });
});
