import type { Problem } from '../../shared/problem/problem';

// Every program and course the console shows carries its revision; a change sends it back as
// If-Match, and the server answers 412 when another operator changed it in between.

export const STALE_MESSAGE = '内容已被他人修改，请刷新后重试';

/** The strong ETag of a revision, as the server sends it and expects it back in If-Match. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/** Someone else changed it (412), or the client forgot the ETag (428, a bug): either way, reload. */
export function isStale(problem: Problem): boolean {
  return problem.status === 412 || problem.code === 'enrollment.precondition_failed';
}

/**
 * What the operator reads after a refused change: the stale message for 412; each field's
 * message for a coherence refusal (the server writes them in Chinese); the title otherwise.
 */
export function changeProblemMessages(problem: Problem): string[] {
  if (isStale(problem)) return [STALE_MESSAGE];
  const fieldMessages = Object.values(problem.errors ?? {}).flat();
  return fieldMessages.length > 0 ? [...new Set(fieldMessages)] : [problem.title];
}
