// What the progress page (查看学习进度) and the operator's preview both make of a credit statement:
// hours as the manuals write them, the red/blue of 已认定, the status in words.
import type { CourseCreditView, CreditReason, CreditStatus, ProgramCreditView, TeacherRole } from '../../api/xueshi-client';

/** Hours without trailing zeros: 2, 1.5, 0.75 (never 2.00). */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return '0';
  // Two decimals at most: rule hours are entered to the quarter hour, and float sums must not show 0.30000000000000004.
  return String(Math.round(hours * 100) / 100);
}

/**
 * The manuals' colours: 已认定 is red while below what is required and turns blue once it is met.
 * Decided by the server's `met` (which also weighs the course's own requirement), not by comparing
 * numbers here, so the page and the certificate never disagree.
 */
export type CreditTone = 'met' | 'short';

export function creditTone(met: boolean): CreditTone {
  return met ? 'met' : 'short';
}

/** Said in words beside the colour (colour is never the only signal). */
export function toneLabel(tone: CreditTone): string {
  return tone === 'met' ? '已达标' : '未达标';
}

/** A course that requires nothing (an extension, psychology lessons) is neither red nor blue: its hours only add to the total. */
export function courseTone(course: Pick<CourseCreditView, 'met' | 'requiredHours' | 'isExtension'>): CreditTone | null {
  if (course.isExtension || course.requiredHours <= 0) return null;
  return creditTone(course.met);
}

export const STATUS_LABELS: Record<CreditStatus, { label: string; meaning: string }> = {
  provisional: {
    label: '待认定',
    meaning: '已获得的学时先记为待认定，满足全部结业条件后才会被认定。',
  },
  recognised: {
    label: '已认定',
    meaning: '已满足全部结业条件，获得的学时已被认定。获得认定学时后可继续学习，平台将继续记录学习时长。',
  },
  notEligible: {
    label: '不认定学时',
    meaning: '本专题只为学校认定的相应身份认定学时，平台会记录您的学习时长，但不认定学时。',
  },
};

export const ROLE_LABELS: Record<TeacherRole, string> = {
  psychologyTeacher: '心理健康教育专兼职教师',
  headTeacher: '班主任',
};

/** 认定 2 学时 · 最多认定 6 学时 — what a course asks and the most it credits. */
export function courseRequirement(course: Pick<CourseCreditView, 'requiredHours' | 'maxHours' | 'isExtension'>): string {
  if (course.isExtension) return '拓展课程，记录学习时长，不认定学时';
  const parts: string[] = [];
  if (course.requiredHours > 0) parts.push(`认定 ${formatHours(course.requiredHours)} 学时`);
  if (course.maxHours != null) parts.push(`最多认定 ${formatHours(course.maxHours)} 学时`);
  return parts.length > 0 ? parts.join(' · ') : '计入专题总学时';
}

/** The share of the requirement credited, 0–100, for a progress bar. */
export function creditPercent(credited: number, required: number): number {
  if (required <= 0) return credited > 0 ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round((credited / required) * 100)));
}

/** One line of 为什么没有计入学时？: where (a course, a resource, or the program) and why. */
export interface WhyLine {
  key: string;
  where: string;
  reason: CreditReason;
}

/**
 * 为什么没有计入学时？ in reading order: the program's unmet conditions first (they hold back every hour),
 * then each course's own reasons, then its resources' reasons.
 */
export function whyNotCounted(view: Pick<ProgramCreditView, 'unmetConditions' | 'courses'>): WhyLine[] {
  const lines: WhyLine[] = view.unmetConditions.map((reason, i) => ({ key: `program-${i}`, where: '专题', reason }));
  for (const course of view.courses) {
    course.reasons.forEach((reason, i) => lines.push({ key: `${course.courseId}-${i}`, where: course.title, reason }));
    for (const resource of course.resources) {
      resource.reasons.forEach((reason, i) =>
        lines.push({ key: `${course.courseId}-${resource.resourceId}-${i}`, where: `${course.title} · ${resource.title}`, reason }),
      );
    }
  }
  return lines;
}
