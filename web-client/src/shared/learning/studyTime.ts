/**
 * 已学习 as the manuals write it: 1小时5分钟, 12分钟, 0分钟. Below a minute the seconds are shown
 * (a completed 30-second video is not "0分钟").
 */
export function formatStudyTime(seconds: number): string {
  if (seconds > 0 && seconds < 60) return `${Math.round(seconds)}秒`;
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h > 0) return m > 0 ? `${h}小时${m}分钟` : `${h}小时`;
  return `${m}分钟`;
}

/** A position as the player shows it: 1:05, 12:30, 1:02:03. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
