// A rule-set version in words, for the version history (a past version is read, not edited).
import type { CourseRule, RuleCourseView, RuleSet } from '../../api/xueshi-client';
import { formatHours, ROLE_LABELS } from '../../shared/credit/credit';

function basisText(rule: CourseRule): string {
  const b = rule.basis;
  if (b.kind === 'studyMinutes') {
    const table = (b.thresholds ?? []).map((t) => `满 ${t.minutes} 分钟 ${formatHours(t.hours)} 学时`).join('，');
    return `按学习分钟：${table || '未设门槛'}`;
  }
  if (b.kind === 'perLesson') return `按节：每节 ${formatHours(b.hoursPerLesson ?? 0)} 学时`;
  const listed = b.resourceHours?.length ?? 0;
  return `按资源：每个资源 ${formatHours(b.defaultResourceHours ?? 0)} 学时${listed > 0 ? `，${listed} 个资源单独设定` : ''}`;
}

/** 认定 2 学时，最多 2 学时；按资源：每个资源 1 学时；须完成测试题. */
export function courseRuleText(rule: CourseRule): string {
  if (rule.isExtension) return '拓展课程：记录学习时长，不认定学时';
  const parts = [`认定 ${formatHours(rule.requiredHours)} 学时${rule.maxHours != null ? `，最多 ${formatHours(rule.maxHours)} 学时` : ''}`, basisText(rule)];
  if (rule.quizzesGate) parts.push('视频须完成测试题');
  if (rule.courseTestGates) parts.push('完成课程测试后认定');
  return parts.join('；');
}

/** The program's line and one line per course, titled from the program's courses where it still has them. */
export function ruleSetLines(ruleSet: RuleSet, courses: RuleCourseView[]): { label: string; text: string }[] {
  const program = [
    `共须认定 ${formatHours(ruleSet.requiredTotalHours)} 学时`,
    ruleSet.maxTotalHours != null ? `最多认定 ${formatHours(ruleSet.maxTotalHours)} 学时` : null,
    `${ruleSet.minutesPerHour} 分钟计 1 学时`,
    ruleSet.creditWaitsForCompleteProfile ? '须完善个人信息' : null,
    ruleSet.creditWaitsForVerification ? '须学校审核认证' : null,
  ].filter(Boolean);
  const lines = [{ label: '专题', text: program.join('；') }];
  for (const r of ruleSet.roleRequirements) {
    lines.push({ label: ROLE_LABELS[r.role], text: `至少 ${r.minLessons} 节，认定 ${formatHours(r.minHours)}–${formatHours(r.maxHours)} 学时` });
  }
  for (const rule of ruleSet.courses) {
    lines.push({ label: courses.find((c) => c.courseId === rule.courseId)?.title ?? rule.courseId, text: courseRuleText(rule) });
  }
  return lines;
}
