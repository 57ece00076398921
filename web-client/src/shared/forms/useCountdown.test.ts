import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCountdown } from './useCountdown';

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2025, 0, 1));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down one second at a time and stops at zero', () => {
    const { result } = renderHook(() => useCountdown());
    expect(result.current).toMatchObject({ remaining: 0, running: false });

    act(() => result.current.start(60));
    expect(result.current).toMatchObject({ remaining: 60, running: true });

    act(() => void vi.advanceTimersByTime(1_000));
    expect(result.current.remaining).toBe(59);

    act(() => void vi.advanceTimersByTime(58_000));
    expect(result.current.remaining).toBe(1);

    // The button must not come back before the server's minute is really over.
    act(() => void vi.advanceTimersByTime(750));
    expect(result.current).toMatchObject({ remaining: 1, running: true });

    act(() => void vi.advanceTimersByTime(250));
    expect(result.current).toMatchObject({ remaining: 0, running: false });

    act(() => void vi.advanceTimersByTime(5_000));
    expect(result.current.remaining).toBe(0);
  });

  it('rounds a server retry delay up, never letting the user retry too early', () => {
    const { result } = renderHook(() => useCountdown());
    act(() => result.current.start(12.2));
    expect(result.current.remaining).toBe(13);
  });

  it('shows the true time left after the tab was asleep', () => {
    const { result } = renderHook(() => useCountdown());
    act(() => result.current.start(60));

    // A background tab's timers barely run, but the clock does.
    act(() => {
      vi.setSystemTime(Date.now() + 45_000);
      vi.advanceTimersByTime(250);
    });
    expect(result.current.remaining).toBe(15);
  });

  it('restarts from a new value, e.g. the retryAfterSeconds of a 429', () => {
    const { result } = renderHook(() => useCountdown());
    act(() => result.current.start(60));
    act(() => void vi.advanceTimersByTime(10_000));
    act(() => result.current.start(42));
    expect(result.current.remaining).toBe(42);
  });

  it('ignores a non-positive start', () => {
    const { result } = renderHook(() => useCountdown());
    act(() => result.current.start(0));
    expect(result.current.running).toBe(false);
  });
});
