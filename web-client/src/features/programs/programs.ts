import type { CheckRefusal, ProgramStatus } from '../../api/xueshi-client';
import { toProblem } from '../../shared/problem/problem';
import { formatDay } from '../../shared/format/format';

/** The list page's tabs, in the order the manuals show them. */
export const STATUS_TABS: { status: ProgramStatus; label: string }[] = [
  { status: 'open', label: '进行中' },
  { status: 'upcoming', label: '即将开始' },
  { status: 'ended', label: '已结束' },
];

export function statusLabel(status: ProgramStatus): string {
  return STATUS_TABS.find((t) => t.status === status)?.label ?? status;
}

/** The tab a link asks for (?status=…), or 进行中 for anything else. */
export function tabFromQuery(value: string | null): ProgramStatus {
  return STATUS_TABS.some((t) => t.status === value) ? (value as ProgramStatus) : 'open';
}

// Plain dates (2026-02-28) are shared with other areas (certificates): shared/format.
export { formatDay };

/** 2026年1月5日—2026年2月28日; the last day lasts until 24:00 Beijing time. */
export function formatWindow(startsOn: string, endsOn: string): string {
  return `${formatDay(startsOn)}—${formatDay(endsOn)}`;
}

/** Today's date in Beijing (YYYY-MM-DD), whatever the device's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** 12分30秒, 1小时5分, 45秒. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds <= 0) return '';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}小时${m > 0 ? `${m}分` : ''}`;
  if (m > 0) return `${m}分${s > 0 ? `${s}秒` : ''}`;
  return `${s}秒`;
}

/** 4.9分(125个), or 暂无评分. */
export function ratingLabel(average: number | null | undefined, count: number): string {
  return average == null || count === 0 ? '暂无评分' : `${average.toFixed(1)}分(${count}个)`;
}

/** What the dialog shows for a refusal: the message, and where to go instead. */
export interface RefusalView {
  code: string;
  message: string;
  redirect?: { programId: string; title: string };
  /** 学生/家长: the way out is switching identity in 我的. */
  switchIdentity: boolean;
}

export function refusalFromCheck(refusal: CheckRefusal): RefusalView {
  return {
    code: refusal.code,
    message: refusal.message,
    redirect:
      refusal.redirectProgramId && refusal.redirectProgramTitle
        ? { programId: refusal.redirectProgramId, title: refusal.redirectProgramTitle }
        : undefined,
    switchIdentity: refusal.code === 'enrollment.identity_not_admitted',
  };
}

/** A refusal of 立即报名 as the API threw it (ProblemDetails with message and redirect extensions). */
export function refusalFromError(error: unknown): RefusalView {
  const problem = toProblem(error);
  const body = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const message = typeof body.message === 'string' && body.message ? body.message : problem.title;
  const redirectId = typeof body.redirectProgramId === 'string' ? body.redirectProgramId : undefined;
  const redirectTitle = typeof body.redirectProgramTitle === 'string' ? body.redirectProgramTitle : undefined;
  return {
    code: problem.code,
    message,
    redirect: redirectId && redirectTitle ? { programId: redirectId, title: redirectTitle } : undefined,
    switchIdentity: problem.code === 'enrollment.identity_not_admitted',
  };
}

/** The player's future route; the player itself comes with the next issue. */
export function resourcePath(programId: string, courseId: string, resourceId: string): string {
  return `/programs/${programId}/courses/${courseId}/resources/${resourceId}`;
}
