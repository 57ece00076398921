import { describe, expect, it } from 'vitest';
import { barSegments, gapsInWords, watchedSecondsOf } from './watchedBar';

describe('barSegments', () => {
  it('shows a video watched from the start with a skipped part as a gap, then the rest', () => {
    const segments = barSegments(
      [
        { startSeconds: 0, endSeconds: 5 },
        { startSeconds: 20, endSeconds: 30 },
      ],
      30,
    );
    expect(segments.map((s) => [s.start, s.end, s.watched])).toEqual([
      [0, 5, true],
      [5, 20, false],
      [20, 30, true],
    ]);
    expect(segments[1].leftPercent).toBeCloseTo(16.667, 2);
    expect(segments[1].widthPercent).toBe(50);
    expect(gapsInWords(segments)).toEqual(['0:05至0:20未观看']);
  });

  it('is one gap when nothing was watched, and one filled part when all was', () => {
    expect(barSegments([], 24).map((s) => s.watched)).toEqual([false]);
    const full = barSegments([{ startSeconds: 0, endSeconds: 24 }], 24);
    expect(full.map((s) => [s.start, s.end, s.watched])).toEqual([[0, 24, true]]);
    expect(gapsInWords(full)).toEqual([]);
  });

  it('clips ranges to the duration and merges overlaps, so nothing is drawn twice or outside', () => {
    const segments = barSegments(
      [
        { startSeconds: 10, endSeconds: 20 },
        { startSeconds: -3, endSeconds: 4 },
        { startSeconds: 15, endSeconds: 25 },
        { startSeconds: 28, endSeconds: 99 },
      ],
      30,
    );
    expect(segments.map((s) => [s.start, s.end, s.watched])).toEqual([
      [0, 4, true],
      [4, 10, false],
      [10, 25, true],
      [25, 28, false],
      [28, 30, true],
    ]);
    expect(watchedSecondsOf(segments)).toBe(21);
  });

  it('does not call the fraction after the last whole second a gap', () => {
    const segments = barSegments([{ startSeconds: 0, endSeconds: 30 }], 30.04);
    expect(gapsInWords(segments)).toEqual([]);
  });

  it('draws nothing without a duration', () => {
    expect(barSegments([{ startSeconds: 0, endSeconds: 5 }], 0)).toEqual([]);
  });
});
