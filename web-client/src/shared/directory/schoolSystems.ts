import type { SchoolSystem } from '../../api/xueshi-client';

export const SCHOOL_SYSTEMS: { value: SchoolSystem; label: string }[] = [
  { value: 'kindergarten', label: '幼儿园' },
  { value: 'primary', label: '小学' },
  { value: 'juniorSecondary', label: '初中' },
  { value: 'seniorSecondary', label: '高中' },
  { value: 'combined', label: '一贯制/完全中学' },
  { value: 'specialEducation', label: '特殊教育' },
  { value: 'secondaryVocational', label: '中职' },
  { value: 'higherVocational', label: '高职' },
  { value: 'higherEducation', label: '高等教育' },
];

export function schoolSystemLabel(value: string | undefined): string {
  return SCHOOL_SYSTEMS.find((s) => s.value === value)?.label ?? value ?? '';
}
