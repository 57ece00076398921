import { useCallback } from 'react';
import { Button, Card, Result, Skeleton, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { learningApi, progressKeys } from '../../../shared/learning/learningApi';
import { StateCircle, STATE_LABELS } from '../../../shared/learning/StateCircle';
import { toProblem } from '../../../shared/problem/problem';
import { QuizForm } from '../components/QuizForm';
import { StudyPrompts } from '../components/StudyPrompts';
import { TextReader } from '../components/TextReader';
import { VideoPlayer } from '../components/VideoPlayer';

/** 学习: a video, a text or a course test of a course, as a playback the server tracks. */
export function PlayerPage() {
  const { id = '', courseId = '', resourceId = '' } = useParams();
  const queryClient = useQueryClient();
  const coursePath = `/programs/${id}/courses/${courseId}`;
  const started = useQuery({
    queryKey: ['playback', id, resourceId],
    queryFn: () => learningApi.startPlayback(id, resourceId),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const restart = useCallback(async () => (await learningApi.startPlayback(id, resourceId)).playbackId, [id, resourceId]);
  const navigate = useNavigate();
  const s = started.data;

  return (
    <AppLayout title={s?.title ?? '学习'} back={coursePath}>
      {started.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {started.isError && (
        <Result
          status="warning"
          title={toProblem(started.error).title}
          extra={[
            <Button key="retry" onClick={() => void started.refetch()}>
              重试
            </Button>,
            <Link key="back" to={coursePath}>
              返回课程
            </Link>,
          ]}
        />
      )}
      {s && (
        <>
          <StudyPrompts missingProfileFields={s.missingProfileFields} notices={s.notices} />
          <Card className="page__card player-card">
            <Typography.Title level={2} className="program-title">
              {s.title}
            </Typography.Title>
            {s.kind === 'video' && <VideoPlayer started={s} restart={restart} />}
            {s.kind === 'text' && <TextReader started={s} restart={restart} />}
            {s.kind === 'courseTest' && (
              <>
                <p className="watched__state">
                  <StateCircle state={s.progress.state} />
                  <span data-testid="resource-state">{STATE_LABELS[s.progress.state]}</span>
                </p>
                <QuizForm
                  playbackId={s.playbackId}
                  continueLabel="返回课程目录"
                  onCompleted={() => {
                    void queryClient.invalidateQueries({ queryKey: progressKeys.program(id) });
                    navigate(coursePath);
                  }}
                />
              </>
            )}
          </Card>
          {/* In the card's column: at laptop width the page's column is wider than the card. */}
          <div className="page__card">
            <Link to={coursePath} className="player__back">
              返回课程目录
            </Link>
          </div>
        </>
      )}
    </AppLayout>
  );
}
