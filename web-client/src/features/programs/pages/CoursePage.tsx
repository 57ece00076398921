import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { toProblem } from '../../../shared/problem/problem';
import { ProgramNav } from '../components/ProgramNav';
import { QueryState } from '../components/QueryState';
import { ReviewSection } from '../components/ReviewSection';
import { programKeys, programsApi, useCoursePage, useMyEnrollment } from '../programsApi';
import { formatDay, formatDuration, ratingLabel, resourcePath } from '../programs';
import { useProgramProgress } from '../../../shared/learning/learningApi';
import { StateCircle } from '../../../shared/learning/StateCircle';
import { formatStudyTime } from '../../../shared/learning/studyTime';
import type { ResourceProgressItem } from '../../../api/xueshi-client';

const KIND_LABELS = { video: '视频', text: '文本', courseTest: '课程测试' } as const;

/** 课程: outline, lecturers, 已学, rating, likes, reviews and 开始学习. */
export function CoursePage() {
  const { id = '', courseId = '' } = useParams();
  const course = useCoursePage(id, courseId);
  const mine = useMyEnrollment(id);
  const queryClient = useQueryClient();
  const like = useMutation({
    mutationFn: (liked: boolean) => (liked ? programsApi.unlike(courseId) : programsApi.like(courseId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.course(id, courseId) }),
  });
  const c = course.data;
  const enrolled = mine.data?.enrolled ?? false;
  // My state per resource, refetched whenever the player reports a heartbeat (it invalidates this query).
  const progress = useProgramProgress(id, enrolled);
  const courseProgress = progress.data?.courses.find((cp) => cp.courseId === courseId);
  const byResource = new Map<string, ResourceProgressItem>(courseProgress?.resources.map((r) => [r.resourceId, r]));
  const canStudy = enrolled && (c?.isOpen ?? false);

  return (
    <AppLayout title={c?.title ?? '课程'} back={`/programs/${id}`}>
      <ProgramNav />
      {!c && <QueryState query={course} />}
      {c && (
        <>
          <Card className="page__card">
            <Typography.Title level={2} className="program-title">
              {c.title}
            </Typography.Title>
            <Space wrap size="small" className="course-stats">
              <span data-testid="course-learners">{c.learnerCount}已学</span>
              {courseProgress && (
                <span data-testid="course-study-time">
                  已学习 {formatStudyTime(courseProgress.studySeconds)}（完成{courseProgress.completedCount}/{courseProgress.resourceCount}）
                </span>
              )}
              {enrolled && <Link to={`/programs/${id}/progress`}>查看学习进度</Link>}
              <span data-testid="course-rating">{ratingLabel(c.rating.average, c.rating.count)}</span>
              <Button
                size="small"
                aria-pressed={c.likedByMe}
                disabled={!enrolled || like.isPending}
                onClick={() => like.mutate(c.likedByMe)}
              >
                {c.likedByMe ? '已点赞' : '点赞'} {c.likeCount}
              </Button>
            </Space>
            {like.isError && <Alert type="error" showIcon message={toProblem(like.error).title} />}
            <Typography.Paragraph className="program-description">{c.description}</Typography.Paragraph>
            {c.lecturers.map((l) => (
              <Typography.Paragraph key={l.name} className="lecturer">
                主讲人：{l.name}
                {l.title && ` · ${l.title}`}
                {l.affiliation && ` · ${l.affiliation}`}
              </Typography.Paragraph>
            ))}
            {!c.isOpen && <Alert type="info" showIcon message={`本课程${formatDay(c.opensOn)}开放`} data-testid="course-not-open" />}
            {enrolled && c.isOpen && c.resumeResourceId && (
              <Link to={resourcePath(id, courseId, c.resumeResourceId)} className="ant-btn ant-btn-primary ant-btn-lg ant-btn-block start-button">
                开始学习
              </Link>
            )}
            {!enrolled && (
              <Typography.Paragraph>
                <Link to={`/programs/${id}`}>报名“{c.programTitle}”后学习本课程</Link>
              </Typography.Paragraph>
            )}
          </Card>
          <Card className="page__card" title="课程目录">
            {c.chapters.map((chapter) => (
              <section key={chapter.id} aria-label={chapter.title}>
                <Typography.Title level={3} className="section-title">
                  {chapter.title}
                </Typography.Title>
                <List
                  size="small"
                  dataSource={chapter.resources}
                  rowKey="id"
                  data-testid="course-outline"
                  renderItem={(r) => {
                    const mineOf = byResource.get(r.id);
                    const state = mineOf?.progress.state ?? 'notStarted';
                    return (
                      <List.Item data-testid="outline-resource" data-state={enrolled ? state : undefined}>
                        <div className="outline-item">
                          {enrolled && <StateCircle state={state} percent={mineOf?.progress.percentWatched ?? 0} />}
                          <div className="outline-item__body">
                            <div>
                              {canStudy ? <Link to={resourcePath(id, courseId, r.id)}>{r.title}</Link> : r.title}{' '}
                              {r.isExtension && <Tag>拓展资源</Tag>}
                              {r.hasQuiz && <Tag>含测试</Tag>}
                            </div>
                            <Typography.Text type="secondary">
                              {KIND_LABELS[r.kind]}
                              {r.durationSeconds ? ` ${formatDuration(r.durationSeconds)}` : ''}
                              {r.studyMinutes ? ` ${r.studyMinutes}分钟` : ''}
                              {mineOf && state === 'inProgress' && r.kind === 'video' && ` · 已观看${Math.floor(mineOf.progress.percentWatched)}%`}
                            </Typography.Text>
                            {mineOf && state === 'inProgress' && mineOf.reasons.length > 0 && (
                              <details className="outline-item__why" data-testid="why-incomplete">
                                <summary>为什么未完成？</summary>
                                <ul>
                                  {mineOf.reasons.map((reason) => (
                                    <li key={reason.code + reason.message}>{reason.message}</li>
                                  ))}
                                </ul>
                              </details>
                            )}
                          </div>
                        </div>
                      </List.Item>
                    );
                  }}
                />
              </section>
            ))}
          </Card>
          <Card className="page__card">
            <ReviewSection courseId={courseId} programId={id} enrolled={enrolled} />
          </Card>
        </>
      )}
    </AppLayout>
  );
}
