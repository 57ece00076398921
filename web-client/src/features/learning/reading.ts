/**
 * Seconds of reading still needed: the minimum less the server's count and the seconds counted
 * here since its last answer (the server's next answer replaces the local count).
 */
export function readingLeft(minSeconds: number, serverSeconds: number, localSeconds: number, completed: boolean): number {
  if (completed) return 0;
  return Math.max(0, Math.ceil(minSeconds - serverSeconds - localSeconds));
}
