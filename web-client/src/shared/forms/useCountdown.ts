import { useCallback, useEffect, useState } from 'react';

export interface Countdown {
  /** Whole seconds left, 0 when idle. */
  remaining: number;
  running: boolean;
  start(seconds: number): void;
  reset(): void;
}

/**
 * Counts down from an end time rather than decrementing a counter, so a throttled background
 * tab still shows the right number when the user comes back.
 */
export function useCountdown(): Countdown {
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [remaining, setRemaining] = useState(0);

  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) setEndsAt(null);
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [endsAt]);

  const start = useCallback((seconds: number) => {
    const whole = Math.ceil(seconds);
    if (!(whole > 0)) return;
    setRemaining(whole);
    setEndsAt(Date.now() + whole * 1000);
  }, []);

  const reset = useCallback(() => {
    setEndsAt(null);
    setRemaining(0);
  }, []);

  return { remaining, running: remaining > 0, start, reset };
}
