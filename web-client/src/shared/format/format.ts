const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** Dates are read in China Standard Time whatever the device's zone, as the platform's records are. */
export function formatChinaDate(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateFormat.format(date);
}

/**
 * A plain date (2026-02-28: a program's window, a certificate's 发证日期) is a whole day in China Standard
 * Time: shown as it is, never shifted by the device's time zone.
 */
export function formatDay(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}
