import type { MeResponse, MyProfileResponse, ProfileOptionsResponse } from '../../api/xueshi-client';
import { tokenStore } from '../session/session';

export function signInForTest() {
  tokenStore.set({ accessToken: 'at', accessExpiresAt: Date.now() + 900_000 });
}

export const teacherMe: MeResponse = {
  accountId: 'a1',
  phone: '13800000002',
  nickname: '李老师',
  identity: 'teacher',
  roles: [],
  registeredAt: '2026-01-01T00:00:00Z',
  consentRequired: false,
  basicsRequired: false,
  hasPassword: true,
};

const opts = (...labels: string[]) => labels.map((label, i) => ({ value: `v${i}`, label }));

export const profileOptions: ProfileOptionsResponse = {
  idTypes: [
    { value: 'residentId', label: '居民身份证' },
    { value: 'passport', label: '护照' },
  ],
  genders: [
    { value: 'male', label: '男' },
    { value: 'female', label: '女' },
  ],
  ethnicities: opts('汉族', '回族'),
  politicalStatuses: opts('群众', '中共党员'),
  educations: opts('本科', '硕士研究生'),
  teacherTypes: opts('专任教师'),
  stages: opts('小学', '初中'),
  subjects: opts('语文', '数学'),
  titles: opts('二级教师', '一级教师'),
  itAbilities: opts('熟练'),
  requiredFields: ['realName', 'idType', 'idNumber', 'gender', 'ethnicity', 'politicalStatus', 'education', 'teacherType', 'schoolId', 'stage', 'subject', 'title', 'isPsychologyTeacher', 'isHeadTeacher'],
};

export const approvedProfile: MyProfileResponse = {
  accountId: 'a1',
  realName: '李华',
  idType: 'residentId',
  idNumber: '11010519491231002X',
  gender: 'female',
  ethnicity: 'v0',
  politicalStatus: 'v0',
  education: 'v0',
  teacherType: 'v0',
  schoolId: 's1',
  school: { id: 's1', name: '演示小学', schoolSystem: 'primary', regionPath: ['演示省', '演示市', '演示县'], isOther: false },
  stage: 'v0',
  subject: 'v0',
  title: 'v0',
  isPsychologyTeacher: false,
  isHeadTeacher: true,
  verification: { status: 'approved', decidedAt: '2026-02-01T00:00:00Z' },
  lockedFields: ['realName', 'idType', 'idNumber', 'schoolId', 'isPsychologyTeacher', 'isHeadTeacher'],
  completeness: { isComplete: true, missingFields: [] },
};
