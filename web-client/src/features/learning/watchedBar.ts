import type { WatchedRange } from '../../api/xueshi-client';
import { formatClock } from '../../shared/learning/studyTime';

/** One stretch of the progress bar: credited (filled) or not (a gap). */
export interface BarSegment {
  start: number;
  end: number;
  watched: boolean;
  /** Percent of the bar, for drawing. */
  leftPercent: number;
  widthPercent: number;
}

/**
 * The whole duration cut into credited and uncredited stretches, in order, from the server's merged
 * ranges. Ranges are clipped to the duration and merged again, so a bad or overlapping range never
 * draws outside the bar or twice.
 */
export function barSegments(ranges: WatchedRange[], duration: number): BarSegment[] {
  if (!(duration > 0)) return [];
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, r.startSeconds), end: Math.min(duration, r.endSeconds) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of clipped) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: BarSegment[] = [];
  const push = (start: number, end: number, watched: boolean) => {
    if (end > start)
      out.push({ start, end, watched, leftPercent: (start / duration) * 100, widthPercent: ((end - start) / duration) * 100 });
  };
  let at = 0;
  for (const r of merged) {
    push(at, r.start, false);
    push(r.start, r.end, true);
    at = r.end;
  }
  push(at, duration, false);
  return out;
}

/**
 * The gaps in words, for the screen reader and the honest note: 0:05至0:20未观看. The server credits
 * whole seconds, so a gap under a second (the fraction after a video's last whole second) is not one.
 */
export function gapsInWords(segments: BarSegment[]): string[] {
  return segments.filter((s) => !s.watched && s.end - s.start >= 1).map((s) => `${formatClock(s.start)}至${formatClock(s.end)}未观看`);
}

/** The seconds credited, summed from the segments. */
export function watchedSecondsOf(segments: BarSegment[]): number {
  return segments.filter((s) => s.watched).reduce((sum, s) => sum + (s.end - s.start), 0);
}
