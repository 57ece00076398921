import type { ResourceProgressView } from '../../../api/xueshi-client';
import { StateCircle, STATE_LABELS } from '../../../shared/learning/StateCircle';
import { formatStudyTime } from '../../../shared/learning/studyTime';
import { barSegments, gapsInWords } from '../watchedBar';

interface Props {
  progress: ResourceProgressView;
  durationSeconds: number;
  quizPositionSeconds?: number;
}

/**
 * The progress bar under the video, drawn from what the server credited: filled where watched,
 * a gap where skipped. The figures beside it are the server's too.
 */
export function WatchedBar({ progress, durationSeconds, quizPositionSeconds }: Props) {
  const segments = barSegments(progress.watchedRanges, durationSeconds);
  const gaps = gapsInWords(segments);
  const percent = Math.floor(progress.percentWatched);
  const label = `观看进度：已观看${percent}%${gaps.length > 0 ? `，${gaps.join('，')}` : ''}`;
  return (
    <section className="watched" aria-label="学习进度">
      <div className="watched-bar" role="img" aria-label={label} data-testid="watched-bar">
        {segments.map((s) => (
          <span
            key={`${s.start}-${s.end}`}
            className={s.watched ? 'watched-bar__part watched-bar__part--watched' : 'watched-bar__part watched-bar__part--gap'}
            data-watched={s.watched}
            data-start={s.start}
            data-end={s.end}
            style={{ left: `${s.leftPercent}%`, width: `${s.widthPercent}%` }}
          />
        ))}
        {quizPositionSeconds != null && durationSeconds > 0 && (
          <span className="watched-bar__quiz" style={{ left: `${(quizPositionSeconds / durationSeconds) * 100}%` }} />
        )}
      </div>
      <div className="watched__figures">
        <span className="watched__state">
          <StateCircle state={progress.state} percent={progress.percentWatched} />
          <span data-testid="resource-state">{STATE_LABELS[progress.state]}</span>
        </span>
        <span data-testid="percent-watched">已观看 {percent}%</span>
        <span data-testid="study-time">已学习 {formatStudyTime(progress.studySeconds)}</span>
      </div>
      <p className="watched__note">跳过的部分不计入观看；视频须完整观看后才计入已学习。</p>
    </section>
  );
}
