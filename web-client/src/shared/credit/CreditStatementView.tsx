import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CourseCreditView, ProgramCreditView } from '../../api/xueshi-client';
import { StateCircle } from '../learning/StateCircle';
import { formatStudyTime } from '../learning/studyTime';
import {
  courseRequirement,
  courseTone,
  creditPercent,
  creditTone,
  formatHours,
  ROLE_LABELS,
  STATUS_LABELS,
  toneLabel,
  whyNotCounted,
  type CreditTone,
} from './credit';
import './credit.css';

const KIND_LABELS = { video: '视频', text: '文本', courseTest: '课程测试' } as const;

/** 已认定 N 学时, red below the requirement and blue once met, with 已达标/未达标 in words. */
function CreditedFigure({ hours, tone, testId }: { hours: number; tone: CreditTone | null; testId: string }) {
  return (
    <span className="credit-figure-wrap">
      <span className={`credit-figure${tone ? ` credit-figure--${tone}` : ''}`} data-testid={testId} data-tone={tone ?? 'none'}>
        {formatHours(hours)}
      </span>{' '}
      学时
      {tone && (
        <span className={`credit-verdict credit-verdict--${tone}`} data-testid={`${testId}-verdict`}>
          （{toneLabel(tone)}）
        </span>
      )}
    </span>
  );
}

function CreditBar({ credited, required, label }: { credited: number; required: number; label: string }) {
  const percent = creditPercent(credited, required);
  return (
    <div className="credit-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}
      aria-valuetext={`${percent}%`}>
      <div className={`credit-bar__fill${percent >= 100 ? ' credit-bar__fill--full' : ''}`} style={{ width: `${percent}%` }} />
    </div>
  );
}

function CourseCard({ course, resourceLink }: { course: CourseCreditView; resourceLink?: (courseId: string, resourceId: string) => string }) {
  const tone = courseTone(course);
  return (
    <Card size="small" className="page__card credit-course" data-testid="course-credit" data-course={course.title} data-tone={tone ?? 'none'}
      title={<span className="credit-course__title">{course.title}</span>}>
      <Typography.Paragraph type="secondary" className="credit-course__rule">{courseRequirement(course)}</Typography.Paragraph>
      <dl className="credit-stats">
        <div><dt>已学习</dt><dd>{formatStudyTime(course.studySeconds)}</dd></div>
        <div><dt>已认定</dt><dd><CreditedFigure hours={course.creditedHours} tone={tone} testId="course-credited" /></dd></div>
        {course.requiredHours > 0 && <div><dt>认定学时</dt><dd>{formatHours(course.requiredHours)} 学时</dd></div>}
      </dl>
      {course.requiredHours > 0 && (
        <CreditBar credited={course.creditedHours} required={course.requiredHours} label={`${course.title} 认定进度`} />
      )}
      <List
        size="small"
        className="credit-resources"
        dataSource={course.resources}
        rowKey="resourceId"
        renderItem={(r) => {
          const link = resourceLink?.(course.courseId, r.resourceId);
          return (
            <List.Item data-testid="resource-credit" data-resource={r.title}>
              <Space size="small" wrap className="credit-resource">
                <StateCircle state={r.state} percent={r.percentWatched} />
                <Tag>{KIND_LABELS[r.kind]}</Tag>
                {link ? <Link to={link} aria-label={`学习 ${r.title}`}>{r.title}</Link> : <span>{r.title}</span>}
                {r.isExtension && <Tag color="blue">拓展</Tag>}
                {r.counts && r.creditedHours != null && <span className="credit-resource__hours">计 {formatHours(r.creditedHours)} 学时</span>}
                {r.counts && r.creditedHours == null && <span className="credit-resource__hours">已计入</span>}
                {!r.counts && r.state === 'completed' && <span className="credit-resource__hours">未计入</span>}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

/**
 * A credit statement as the teacher reads it (查看学习进度), and as the operator previews it: the same
 * component for both, so the preview shows exactly what the teacher will see.
 */
export function CreditStatementView({ view, resourceLink }: {
  view: ProgramCreditView;
  /** Where 学习 leads for a resource; none in the operator's preview. */
  resourceLink?: (courseId: string, resourceId: string) => string;
}) {
  const status = STATUS_LABELS[view.status];
  const tone = view.status === 'notEligible' ? null : creditTone(view.hoursMet);
  const why = whyNotCounted(view);
  return (
    <div className="credit-statement">
      <Card size="small" className="page__card" title="总进度" data-testid="credit-summary" data-tone={tone ?? 'none'}>
        <dl className="credit-stats">
          <div><dt>已学习</dt><dd data-testid="program-studied">{formatStudyTime(view.studySeconds)}</dd></div>
          <div><dt>已认定</dt><dd><CreditedFigure hours={view.creditedHours} tone={tone} testId="program-credited" /></dd></div>
          <div><dt>认定学时</dt><dd data-testid="program-required">{formatHours(view.requiredHours)} 学时</dd></div>
        </dl>
        <CreditBar credited={view.creditedHours} required={view.requiredHours} label="专题认定进度" />
        <Typography.Paragraph className="credit-status">
          <Tag color={view.status === 'recognised' ? 'blue' : view.status === 'notEligible' ? 'default' : 'warning'} data-testid="credit-status">
            {status.label}
          </Tag>
          {status.meaning}
        </Typography.Paragraph>
        {view.ruleSetVersion == null && (
          <Typography.Paragraph type="secondary">本专题的学时认定规则尚未发布，暂不认定学时。</Typography.Paragraph>
        )}
        {view.role && (
          <div className="credit-role" data-testid="credit-role">
            <Typography.Text strong>{ROLE_LABELS[view.role.role]}</Typography.Text>
            {view.role.verified ? '（学校已认定）' : '（学校未认定）'}
            ：已完成 {view.role.completedLessons}/{view.role.minLessons} 节，认定 {formatHours(view.role.minHours)}–{formatHours(view.role.maxHours)} 学时
          </div>
        )}
        {view.rulesDescription && (
          <Typography.Paragraph type="secondary" className="credit-rules">认定说明：{view.rulesDescription}</Typography.Paragraph>
        )}
      </Card>

      {view.courses.map((c) => <CourseCard key={c.courseId} course={c} resourceLink={resourceLink} />)}

      <Card size="small" className="page__card" data-testid="credit-why"
        title={<h2 className="credit-why__title">为什么没有计入学时？</h2>}>
        {why.length === 0 ? (
          <Typography.Text>已完成的学习都已计入学时。</Typography.Text>
        ) : (
          <ul className="credit-why">
            {why.map((line) => (
              <li key={line.key} data-code={line.reason.code}>
                <span className="credit-why__where">{line.where}：</span>
                {line.reason.message}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
