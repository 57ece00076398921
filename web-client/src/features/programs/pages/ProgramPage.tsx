import { useState, type ReactNode } from 'react';
import { Button, Card, Descriptions, List, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { ProgramNav } from '../components/ProgramNav';
import { QueryState } from '../components/QueryState';
import { EnrollDialog } from '../components/EnrollDialog';
import { useMediaLink, useMyEnrollment, useProgram } from '../programsApi';
import { formatDay, formatDuration, formatWindow, statusLabel } from '../programs';
import { useProgramProgress } from '../../../shared/learning/learningApi';
import { formatStudyTime } from '../../../shared/learning/studyTime';

interface Props {
  /**
   * The 电子学习证书 area for an enrolled teacher. Another area's (certificates), so the routes (src/app)
   * put it in: a feature never imports another.
   */
  certificate?: (programId: string) => ReactNode;
}

/** 专题: description, window, support contact, courses with their opening dates, 立即报名 and my enrollment. */
export function ProgramPage({ certificate }: Props) {
  const { id = '' } = useParams();
  const program = useProgram(id);
  const mine = useMyEnrollment(id);
  const [dialogOpen, setDialogOpen] = useState(false);
  const p = program.data;
  const cover = useMediaLink(p?.coverMediaId ?? undefined);
  const progress = useProgramProgress(id, mine.data?.enrolled ?? false);
  const studyOf = (courseId: string) => progress.data?.courses.find((c) => c.courseId === courseId);

  return (
    <AppLayout title={p?.title ?? '专题'} back="/programs">
      <ProgramNav />
      {!p && <QueryState query={program} />}
      {p && (
        <>
          <Card className="page__card"
            cover={cover.data ? <img src={cover.data.url} alt={`专题封面：${p.title}`} data-testid="program-cover"
              style={{ width: '100%', aspectRatio: '16 / 9', objectFit: 'cover' }} /> : undefined}>
            <Typography.Title level={2} className="program-title">
              {p.title}
            </Typography.Title>
            <Tag>{statusLabel(p.status)}</Tag>
            <Typography.Paragraph className="program-description">{p.description}</Typography.Paragraph>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="学习时间">{formatWindow(p.startsOn, p.endsOn)}（北京时间）</Descriptions.Item>
              {p.certificateDate && <Descriptions.Item label="证书发放">{formatDay(p.certificateDate)}</Descriptions.Item>}
              {p.support.phone && <Descriptions.Item label="技术支持">{p.support.phone}</Descriptions.Item>}
              {p.support.hours && <Descriptions.Item label="服务时间">{p.support.hours}</Descriptions.Item>}
              {p.support.qqGroup && <Descriptions.Item label="QQ群">{p.support.qqGroup}</Descriptions.Item>}
            </Descriptions>
            {mine.data?.enrolled ? (
              <>
                <Typography.Text type="success" data-testid="my-enrollment">
                  {mine.data.enrolledThroughProgramTitle ? `已通过“${mine.data.enrolledThroughProgramTitle}”报名` : '已报名'}
                </Typography.Text>
                {progress.data && (
                  <Typography.Paragraph data-testid="program-study-time">
                    已学习 {formatStudyTime(progress.data.studySeconds)}（完成{progress.data.completedCount}/{progress.data.resourceCount}个资源）
                  </Typography.Paragraph>
                )}
                <Typography.Paragraph>
                  <Link to={`/programs/${p.id}/progress`} data-testid="program-progress-link">查看学习进度</Link>
                </Typography.Paragraph>
              </>
            ) : (
              <Button type="primary" block size="large" onClick={() => setDialogOpen(true)} disabled={mine.isPending}>
                立即报名
              </Button>
            )}
          </Card>
          {mine.data?.enrolled && certificate?.(p.id)}
          <Card className="page__card" title="课程">
            <List
              dataSource={p.courses}
              rowKey="courseId"
              renderItem={(c) => (
                <List.Item>
                  <List.Item.Meta
                    title={<Link to={`/programs/${p.id}/courses/${c.courseId}`}>{c.title}</Link>}
                    description={
                      <>
                        {c.isOpen ? '已开放' : `${formatDay(c.opensOn)}开放`}
                        {c.lecturerNames.length > 0 && ` · 主讲：${c.lecturerNames.join('、')}`}
                        {` · ${c.resourceCount}个资源`}
                        {c.videoSeconds > 0 && ` · 视频${formatDuration(c.videoSeconds)}`}
                        {studyOf(c.courseId) && ` · 已学习${formatStudyTime(studyOf(c.courseId)!.studySeconds)}`}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
          <EnrollDialog programId={p.id} open={dialogOpen} onClose={() => setDialogOpen(false)} />
        </>
      )}
    </AppLayout>
  );
}
