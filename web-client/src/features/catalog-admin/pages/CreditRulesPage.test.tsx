import { screen, waitFor, within, render } from '@testing-library/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RuleSetsView } from '../../../api/xueshi-client';
import { authFetch } from '../../../shared/api/api';
import { createQueryClient } from '../../../shared/api/queryClient';
import { setupUser } from '../../../shared/test/renderApp';
import { CreditRulesPage } from './CreditRulesPage';
import { statement } from '../../../shared/credit/fixtures';

vi.mock('../../../shared/api/api', () => import('../../../shared/test/apiMock'));

const view: RuleSetsView = {
  programId: 'p1',
  programTitle: '演示专题：平台学习规则入门',
  revision: 3,
  published: {
    version: 1, status: 'published', savedAt: '2026-11-20T02:00:00Z', publishedAt: '2026-11-20T02:00:00Z',
    ruleSet: {
      requiredTotalHours: 2, minutesPerHour: 45, creditWaitsForCompleteProfile: false, creditWaitsForVerification: false, roleRequirements: [],
      courses: [{
        courseId: 'c1', requiredHours: 2, maxHours: 2, quizzesGate: false, courseTestGates: false, isExtension: false,
        basis: { kind: 'perResource', defaultResourceHours: 1, resourceHours: [] },
      }],
    },
  },
  versions: [{ version: 1, status: 'published', savedAt: '2026-11-20T02:00:00Z', publishedAt: '2026-11-20T02:00:00Z' }],
  courses: [{ courseId: 'c1', title: '平台学习规则入门', resources: [
    { resourceId: 'r1', title: '第一讲', kind: 'video', isExtension: false, durationSeconds: 600, hasQuiz: false },
  ] }],
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function renderPage() {
  return render(
    <ConfigProvider locale={zhCN}>
      <AntdApp>
        <QueryClientProvider client={createQueryClient()}>
          <MemoryRouter initialEntries={['/programs/p1/credit-rules']}>
            <Routes><Route path="/programs/:programId/credit-rules" element={<CreditRulesPage />} /></Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>,
  );
}

describe('CreditRulesPage', { timeout: 30_000 }, () => {
  const fetch = vi.mocked(authFetch.fetch);
  beforeEach(() => fetch.mockReset());

  it('saves under the revision it read and shows the server\'s field error on the field it names', async () => {
    fetch.mockImplementation(async (url, init) => {
      if (init?.method === 'PUT') {
        return json(400, { status: 400, code: 'validation.failed', title: '请检查填写的内容', errors: { 'courses[0].maxHours': ['最多认定不能低于认定学时'] } });
      }
      return json(200, view, { ETag: '"3"' });
    });
    const user = setupUser();
    renderPage();
    const card = await screen.findByTestId('course-rule');
    // The course's fields show once the form reports the course has a rule (a render after the card's).
    const cap = await within(card).findByLabelText('最多认定（留空不设上限）');
    await user.clear(cap);
    await user.type(cap, '1');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));

    expect(await within(card).findByText('最多认定不能低于认定学时')).toBeInTheDocument();
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(new Headers(put[1]!.headers).get('If-Match')).toBe('"3"');
    expect(JSON.parse(String(put[1]!.body)).courses[0].maxHours).toBe(1);
  });

  it('lists the versions and reads one', async () => {
    fetch.mockImplementation(async (url) =>
      String(url).endsWith('/versions/1') ? json(200, view.published) : json(200, view, { ETag: '"3"' }));
    const user = setupUser();
    renderPage();
    await user.click(await screen.findByRole('button', { name: '查看第 1 版' }));
    const version = await screen.findByTestId('rule-version');
    await waitFor(() => expect(version).toHaveTextContent('按资源：每个资源 1 学时'));
  });

  it('previews the rules on screen for a teacher\'s phone with the teacher\'s own statement view', async () => {
    fetch.mockImplementation(async (url, init) =>
      init?.method === 'POST' && String(url).endsWith('/preview') ? json(200, statement) : json(200, view, { ETag: '"3"' }));
    const user = setupUser();
    renderPage();
    await user.type(await screen.findByLabelText('教师手机号'), '13800000001');
    await user.click(screen.getByRole('button', { name: /预\s*览/ }));

    const preview = screen.getByTestId('rule-preview');
    expect(await within(preview).findByTestId('credit-summary')).toBeInTheDocument();
    expect(within(preview).getByTestId('program-credited-verdict')).toHaveTextContent('未达标');
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!;
    const body = JSON.parse(String(post[1]!.body));
    expect(body.teacherPhone).toBe('13800000001');
    // The rules sent are the ones on screen, unsaved: the published version as opened here.
    expect(body.ruleSet).toEqual(view.published!.ruleSet);
  });
});
