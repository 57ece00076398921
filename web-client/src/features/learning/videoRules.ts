/**
 * Where the player must stop for the quiz: its position, while the quiz is not complete. Returns
 * the position to hold at when `position` has reached or passed it, otherwise null.
 */
export function quizGate(position: number, quizPosition: number | undefined, quizCompleted: boolean): number | null {
  if (quizPosition == null || quizCompleted) return null;
  return position >= quizPosition ? quizPosition : null;
}

/** A seek target the player allows: never past an incomplete quiz. */
export function allowedSeekTarget(target: number, quizPosition: number | undefined, quizCompleted: boolean): number {
  if (quizPosition == null || quizCompleted) return target;
  return Math.min(target, quizPosition);
}

/** The rates to offer: the server's (up to the program's fastest), in order, 1× always present. */
export function offeredRates(serverRates: number[]): number[] {
  const rates = [...new Set(serverRates.filter((r) => r > 0))].sort((a, b) => a - b);
  return rates.length > 0 ? rates : [1];
}

/** 0.75×, 1×, 2×. */
export function rateLabel(rate: number): string {
  return `${Number(rate.toFixed(2))}×`;
}

/** Where to start: the resume position, unless it is at (or within 2 s of) the end. */
export function startPosition(resume: number, duration: number | undefined): number {
  if (!duration || resume < 0) return 0;
  return resume >= duration - 2 ? 0 : resume;
}

/** Below this, a paused video found further on when play resumes drifted; it was not moved. */
export const PAUSE_DRIFT_SECONDS = 1;

/**
 * The position the resuming "play" heartbeat tells. A paused video's position settles a little
 * after the pause event (Chromium at 2×: 5.88 told at the pause, 6.03 when play resumes). The
 * server credits whole seconds from the positions it is told and nothing across a pause, so
 * telling 6.03 would leave 5–6 unwatched for good. A drift under a second, with no seek in
 * between, was played: the play resumes from where the pause was told.
 */
export function resumeReportPosition(current: number, toldAtPause: number | undefined): number {
  if (toldAtPause == null) return current;
  const drift = current - toldAtPause;
  return drift > 0 && drift < PAUSE_DRIFT_SECONDS ? toldAtPause : current;
}
