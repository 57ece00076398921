import type { AccountRole } from '../../api/xueshi-client';

export const ROLE_LABELS: Record<AccountRole, string> = {
  schoolAdmin: '学校管理员',
  regionAdmin: '县区管理员',
  operator: '运营人员',
  support: '客服',
};

/** The consoles the 我的 page links to, by the role that opens them. */
export const CONSOLES: { role: AccountRole; path: string; title: string }[] = [
  { role: 'schoolAdmin', path: '/admin/school', title: '学校管理（教师认证）' },
  { role: 'regionAdmin', path: '/admin/county', title: '县区管理（学校目录）' },
  { role: 'support', path: '/support/rebinding', title: '客服（手机换绑申请）' },
  { role: 'operator', path: '/admin/catalog', title: '专题管理（课程与发布）' },
];

export function hasRole(roles: readonly string[] | undefined, role: AccountRole): boolean {
  return !!roles?.includes(role);
}

/** Identities that may switch to 教师 on their own. */
export function canSwitchToTeacher(identity: string): boolean {
  return identity === 'student' || identity === 'parent';
}
