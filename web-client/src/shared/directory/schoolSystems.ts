import type { SchoolSystem } from '../../api/xueshi-client';

/** Every 学制 the API knows: a Record, so a member added to the API's enum fails the type check until labelled here. */
const LABELS: Record<SchoolSystem, string> = {
  kindergarten: '幼儿园',
  primary: '小学',
  juniorSecondary: '初中',
  seniorSecondary: '高中',
  combined: '一贯制/完全中学',
  specialEducation: '特殊教育',
  secondaryVocational: '中职',
  higherVocational: '高职',
  higherEducation: '高等教育',
  technicalSchool: '技工学校',
  vocationalUndergraduate: '职业本科',
};

export const SCHOOL_SYSTEMS: { value: SchoolSystem; label: string }[] = (Object.keys(LABELS) as SchoolSystem[]).map((value) => ({
  value,
  label: LABELS[value],
}));

export function schoolSystemLabel(value: string | undefined): string {
  return SCHOOL_SYSTEMS.find((s) => s.value === value)?.label ?? value ?? '';
}
