import { useCallback, useRef, useState } from 'react';
import { Alert, Modal, Radio, Skeleton } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { HeartbeatAccepted, PlaybackStarted, ResourceProgressView } from '../../../api/xueshi-client';
import { learningApi, progressKeys } from '../../../shared/learning/learningApi';
import { formatClock } from '../../../shared/learning/studyTime';
import { toProblem } from '../../../shared/problem/problem';
import type { PlayerSample } from '../heartbeats';
import { useHeartbeatSender } from '../useHeartbeatSender';
import { allowedSeekTarget, offeredRates, quizGate, rateLabel, resumeReportPosition, startPosition } from '../videoRules';
import { QuizForm } from './QuizForm';
import { WatchedBar } from './WatchedBar';

interface Props {
  started: PlaybackStarted;
  /** Starts a new playback of the same resource when this one expired; resolves to its id. */
  restart: () => Promise<string>;
}

/**
 * The HTML5 player: resumes where the teacher left, offers the program's speeds, tells the server
 * what is played (heartbeats), stops at the quiz and cannot be moved past it before the quiz is
 * complete. What counts is decided on the server; the bar shows what it credited.
 */
export function VideoPlayer({ started, restart }: Props) {
  const queryClient = useQueryClient();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [progress, setProgress] = useState<ResourceProgressView>(started.progress);
  const [quizCompleted, setQuizCompleted] = useState(started.quiz?.completed ?? true);
  const quizCompletedRef = useRef(quizCompleted);
  const [quizOpen, setQuizOpen] = useState(false);
  const [quizPlaybackId, setQuizPlaybackId] = useState(started.playbackId);
  const [rate, setRate] = useState(1);
  const [note, setNote] = useState<string>();
  const lastPosition = useRef(0);
  const internalSeek = useRef(false);
  const atGate = useRef(false);
  /** The position the last pause heartbeat told, until play resumes or the teacher seeks. */
  const toldAtPause = useRef<number | undefined>(undefined);
  const quizPosition = started.quiz?.positionSeconds ?? undefined;
  const duration = started.durationSeconds ?? 0;
  const rates = offeredRates(started.playbackRates);

  // One signed link per playback: replacing a playing video's src would restart it.
  const link = useQuery({
    queryKey: ['media-link', started.mediaId, started.playbackId],
    queryFn: () => learningApi.mediaLink(started.mediaId!),
    enabled: !!started.mediaId,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

  const sample = useCallback((): PlayerSample => {
    const v = videoRef.current;
    if (!v) return { positionSeconds: lastPosition.current, playing: false };
    return { positionSeconds: v.currentTime, playbackRate: v.playbackRate, playing: !v.paused && !v.ended };
  }, []);

  const onAccepted = useCallback(
    (a: HeartbeatAccepted) => {
      setProgress(a.progress);
      void queryClient.invalidateQueries({ queryKey: progressKeys.program(started.programId) });
    },
    [queryClient, started.programId],
  );

  // The quiz is asked for on the playback that reached it: a restarted playback replaces it.
  const restartForQuiz = useCallback(async () => {
    const id = await restart();
    setQuizPlaybackId(id);
    return id;
  }, [restart]);

  const senderRef = useHeartbeatSender({
    playbackId: started.playbackId,
    intervalSeconds: started.heartbeatIntervalSeconds,
    restart: restartForQuiz,
    onAccepted,
    sample,
    onVisibilityChange: (sender, visible) => {
      if (!visible) sender.sendFinal('hidden', sample());
    },
    // The video played on while the expired playback was replaced: back to where the new one starts
    // counting, a second or two at most, so the next tick is believable and nothing is left unwatched.
    onRestarted: (resent) => {
      const v = videoRef.current;
      if (v && resent.playing && resent.positionSeconds != null && v.currentTime > resent.positionSeconds) {
        seekInternally(v, resent.positionSeconds);
      }
    },
  });

  const seekInternally = (v: HTMLVideoElement, to: number) => {
    internalSeek.current = true;
    v.currentTime = to;
  };

  const stopAtQuiz = (v: HTMLVideoElement, gate: number) => {
    if (atGate.current) return;
    atGate.current = true;
    v.pause();
    if (v.currentTime > gate) seekInternally(v, gate);
    lastPosition.current = gate;
    senderRef.current?.stopTicking();
    // The server delivers the quiz once it has heard the playback reach it.
    void senderRef.current?.send('pause', { positionSeconds: gate, playbackRate: v.playbackRate, playing: false }).then(() => setQuizOpen(true));
  };

  const handlers = {
    onLoadedMetadata: () => {
      const v = videoRef.current!;
      const at = Math.min(startPosition(started.resumePositionSeconds, duration || v.duration), allowedSeekTarget(Infinity, quizPosition, quizCompletedRef.current));
      if (at > 0) seekInternally(v, at);
      lastPosition.current = at;
      v.playbackRate = rate;
    },
    onPlay: () => {
      const v = videoRef.current!;
      const gate = quizGate(v.currentTime, quizPosition, quizCompletedRef.current);
      if (gate != null && v.currentTime >= gate - 0.25) {
        stopAtQuiz(v, gate);
        return;
      }
      atGate.current = false;
      const now = sample();
      void senderRef.current?.send('play', { ...now, positionSeconds: resumeReportPosition(v.currentTime, toldAtPause.current) });
      toldAtPause.current = undefined;
      senderRef.current?.startTicking(sample);
    },
    onPause: () => {
      const v = videoRef.current!;
      if (atGate.current || v.ended) return;
      senderRef.current?.stopTicking();
      const now = sample();
      toldAtPause.current = now.positionSeconds;
      void senderRef.current?.send('pause', now);
    },
    onTimeUpdate: () => {
      const v = videoRef.current!;
      if (v.seeking) return;
      const gate = quizGate(v.currentTime, quizPosition, quizCompletedRef.current);
      if (gate != null && !v.paused) {
        stopAtQuiz(v, gate);
        return;
      }
      lastPosition.current = v.currentTime;
    },
    onSeeking: () => {
      const v = videoRef.current!;
      toldAtPause.current = undefined;
      if (internalSeek.current) {
        internalSeek.current = false;
        lastPosition.current = v.currentTime;
        return;
      }
      let target = v.currentTime;
      const allowed = allowedSeekTarget(target, quizPosition, quizCompletedRef.current);
      if (allowed < target) {
        seekInternally(v, allowed);
        target = allowed;
        setNote('完成测试题后才能观看后面的内容');
      } else if (target > lastPosition.current + 1) {
        setNote(`已跳到${formatClock(target)}：跳过的部分不计入观看`);
      }
      const from = lastPosition.current;
      const playing = !v.paused && !v.ended;
      // One heartbeat where the play was (crediting up to there), then the seek itself.
      void senderRef.current?.send('tick', { positionSeconds: from, playbackRate: v.playbackRate, playing });
      void senderRef.current?.send('seek', { positionSeconds: target, playbackRate: v.playbackRate, playing });
      lastPosition.current = target;
    },
    onEnded: () => {
      const v = videoRef.current!;
      senderRef.current?.stopTicking();
      void senderRef.current?.send('ended', { positionSeconds: duration || v.duration, playbackRate: v.playbackRate, playing: false });
    },
    onRateChange: () => setRate(videoRef.current!.playbackRate),
  };

  const changeRate = (value: number) => {
    setRate(value);
    if (videoRef.current) videoRef.current.playbackRate = value;
  };

  const onQuizCompleted = (result: { progress: ResourceProgressView } | null) => {
    if (result) setProgress(result.progress);
    quizCompletedRef.current = true;
    setQuizCompleted(true);
    setQuizOpen(false);
    atGate.current = false;
    void queryClient.invalidateQueries({ queryKey: progressKeys.program(started.programId) });
    // Watch the rest: the part after the quiz counts only when played after it.
    void videoRef.current?.play().catch(() => undefined);
  };

  return (
    <div className="player">
      {link.isError && <Alert type="error" showIcon message={toProblem(link.error).title} />}
      {link.isPending && <Skeleton.Node active className="player__skeleton"><span /></Skeleton.Node>}
      {link.data && (
        <video
          ref={videoRef}
          className="player__video"
          src={link.data.url}
          controls
          playsInline
          preload="metadata"
          aria-label={`视频：${started.title}`}
          data-testid="player-video"
          controlsList="nodownload noplaybackrate"
          disablePictureInPicture
          {...handlers}
        />
      )}
      <div className="player__rates">
        <span id="rate-label">播放速度</span>
        <div role="radiogroup" aria-labelledby="rate-label">
        <Radio.Group
          size="small"
          optionType="button"
          value={rate}
          onChange={(e) => changeRate(Number(e.target.value))}
          options={rates.map((r) => ({ label: rateLabel(r), value: r }))}
        />
        </div>
      </div>
      {note && <Alert type="info" showIcon message={note} data-testid="player-note" role="status" />}
      {started.quiz && !quizCompleted && quizPosition != null && (
        <p className="player__quiz-hint">本视频在{formatClock(quizPosition)}处有测试题，完成后才能继续观看。</p>
      )}
      <WatchedBar progress={progress} durationSeconds={duration} quizPositionSeconds={quizPosition} />
      <Modal
        open={quizOpen}
        title="视频测试题"
        footer={null}
        closable={false}
        maskClosable={false}
        keyboard={false}
        destroyOnHidden
        width={560}
      >
        <QuizForm playbackId={quizPlaybackId} continueLabel="继续观看" onCompleted={onQuizCompleted} />
      </Modal>
    </div>
  );
}
