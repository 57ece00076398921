import type { AccountIdentity } from '../../api/xueshi-client';

/** The labels of the API's identities, in the order the register form offers them. */
export const identities: readonly { value: AccountIdentity; label: string }[] = [
  { value: 'teacher', label: '老师' },
  { value: 'student', label: '学生' },
  { value: 'parent', label: '家长' },
  { value: 'researcher', label: '教研员' },
  { value: 'itStaff', label: '电教人员' },
  { value: 'manager', label: '管理人员' },
];

export function identityLabel(value: string): string {
  // An identity the server knows and this build does not is shown raw rather than hidden.
  return identities.find((i) => i.value === value)?.label ?? value;
}
