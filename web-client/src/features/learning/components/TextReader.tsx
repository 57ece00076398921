import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Progress } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { HeartbeatAccepted, PlaybackStarted, ResourceProgressView } from '../../../api/xueshi-client';
import { learningApi, progressKeys } from '../../../shared/learning/learningApi';
import { StateCircle, STATE_LABELS } from '../../../shared/learning/StateCircle';
import { formatClock, formatStudyTime } from '../../../shared/learning/studyTime';
import type { PlayerSample } from '../heartbeats';
import { readingLeft } from '../reading';
import { useHeartbeatSender } from '../useHeartbeatSender';

interface Props {
  started: PlaybackStarted;
  restart: () => Promise<string>;
}

const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible';
/** A text has no position: "playing" is "visible". */
const readingSample = (): PlayerSample => ({ playing: visible() });

/**
 * A text resource: its document, and the minimum reading time counting down while the page is
 * visible. Heartbeats without a position carry "visible"; the server counts the time.
 */
export function TextReader({ started, restart }: Props) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ResourceProgressView>(started.progress);
  const [localSeconds, setLocalSeconds] = useState(0);
  const serverAt = useRef(started.progress.readingSeconds);
  const min = started.minReadingSeconds ?? 0;
  const pdf = useQuery({
    queryKey: ['media-link', started.mediaId, started.playbackId],
    queryFn: () => learningApi.mediaLink(started.mediaId!),
    enabled: !!started.mediaId,
    staleTime: Infinity,
  });

  const onAccepted = useCallback(
    (a: HeartbeatAccepted) => {
      setProgress(a.progress);
      // The server's figure replaces the local count: it is the one that counts.
      if (a.progress.readingSeconds !== serverAt.current) {
        serverAt.current = a.progress.readingSeconds;
        setLocalSeconds(0);
      }
      void queryClient.invalidateQueries({ queryKey: progressKeys.program(started.programId) });
    },
    [queryClient, started.programId],
  );

  useHeartbeatSender({
    playbackId: started.playbackId,
    intervalSeconds: started.heartbeatIntervalSeconds,
    restart,
    onAccepted,
    sample: readingSample,
    onStart: (sender) => {
      if (visible()) void sender.send('play', readingSample());
      sender.startTicking(readingSample);
    },
    onVisibilityChange: (sender, nowVisible) => {
      if (nowVisible) void sender.send('play', { playing: true });
      else sender.sendFinal('hidden', { playing: false });
    },
  });

  useEffect(() => {
    const clock = setInterval(() => {
      if (visible()) setLocalSeconds((s) => s + 1);
    }, 1000);
    return () => clearInterval(clock);
  }, [started.playbackId]);

  const left = readingLeft(min, progress.readingSeconds, localSeconds, progress.state === 'completed');
  return (
    <div className="reader">
      {started.mediaId ? (
        pdf.data ? (
          <>
            <iframe className="reader__pdf" src={pdf.data.url} title={`文档：${started.title}`} />
            <a href={pdf.data.url} target="_blank" rel="noreferrer">
              在新窗口打开文档
            </a>
          </>
        ) : null
      ) : started.textBody ? (
        // Sanitized by the server when the operator saved it (HtmlSanitizer): safe to render as HTML.
        <article className="reader__text" aria-label={started.title} dangerouslySetInnerHTML={{ __html: started.textBody }} />
      ) : (
        <Alert type="info" showIcon message="请阅读本资源的内容；页面可见时计入阅读时间。" />
      )}
      <section className="watched" aria-label="学习进度">
        {progress.state === 'completed' ? (
          <p data-testid="reading-done">已达到最低阅读时间</p>
        ) : (
          <p role="timer" aria-live="off" data-testid="reading-countdown">
            还需阅读 {formatClock(left)}（最低阅读时间{formatClock(min)}）
          </p>
        )}
        <Progress percent={Math.floor(progress.percentWatched)} showInfo={false} aria-label="阅读进度" />
        <div className="watched__figures">
          <span className="watched__state">
            <StateCircle state={progress.state} percent={progress.percentWatched} />
            <span data-testid="resource-state">{STATE_LABELS[progress.state]}</span>
          </span>
          <span data-testid="study-time">已学习 {formatStudyTime(progress.studySeconds)}</span>
        </div>
        <p className="watched__note">页面切换到后台时不计入阅读时间。</p>
      </section>
    </div>
  );
}
