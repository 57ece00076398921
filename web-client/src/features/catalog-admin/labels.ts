import type { AccountIdentity, Audience, ProgramProfileField, ProgramState, ResourceKind } from '../../api/xueshi-client';

export const STATE_LABELS: Record<ProgramState, { label: string; color: string }> = {
  draft: { label: '草稿', color: 'default' },
  published: { label: '已发布', color: 'success' },
  closed: { label: '已关闭', color: 'warning' },
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  basicEducation: '基础教育',
  higherEducation: '高等教育',
  vocational: '职业教育',
};

export const IDENTITY_OPTIONS: { value: AccountIdentity; label: string }[] = [
  { value: 'teacher', label: '教师' },
  { value: 'researcher', label: '教研员' },
  { value: 'itStaff', label: '电教人员' },
  { value: 'manager', label: '管理人员' },
];

export const PROFILE_FIELD_OPTIONS: { value: ProgramProfileField; label: string }[] = [
  { value: 'isPsychologyTeacher', label: '是否心理健康教育教师' },
  { value: 'isHeadTeacher', label: '是否担任班主任' },
];

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  video: '视频',
  text: '文本',
  courseTest: '课程测试',
};

/** 3:05 for a video's duration. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
