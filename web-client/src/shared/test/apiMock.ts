// A stand-in for src/shared/api/api.ts with every call a vi.fn(), for page tests:
//   vi.mock('<path to>/shared/api/api', () => import('<path to>/shared/test/apiMock'));
// It never touches the generated client, so tests run whatever the client currently holds.
import { vi } from 'vitest';
import type { Api } from '../api/api';

type Mocked<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? ReturnType<typeof vi.fn<(...args: A) => R>> : never };

function mockApi(): Mocked<Api> {
  const names: (keyof Api)[] = [
    'requestSmsCode', 'register', 'issueToken', 'resetPassword', 'signOut', 'getMe', 'switchIdentityToTeacher',
    'getMyAdminScopes', 'getProfileOptions', 'getMyProfile', 'updateMyProfile', 'removeMySchool', 'listRegions',
    'searchSchools', 'getSchool', 'addSchool', 'correctSchool', 'listSchoolTeachers', 'decideVerifications',
    'removeTeacherFromSchool', 'rebindPhone', 'submitPhoneRebindRequest', 'listPhoneRebindRequests',
    'getPhoneRebindPhoto', 'decidePhoneRebindRequest',
  ];
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as unknown as Mocked<Api>;
}

export const api = mockApi();
export const authFetch = { fetch: vi.fn(), refreshTokens: vi.fn() };
