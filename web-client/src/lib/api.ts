// The one module that uses the NSwag-generated client (src/api/, never edited by hand). Pages call
// `api` with the app's own types (apiTypes.ts), so a regenerated client only ever changes this file.
import {
  AccountIdentity,
  AccountsClient,
  AuthClient,
  DirectoryClient,
  MeClient,
  ProfileClient,
  RebindingClient,
  SmsPurpose as ApiSmsPurpose,
  VerificationClient,
} from '../api/xueshi-client';
import type {
  AdminScopes,
  Decision,
  DecisionResult,
  Me,
  Page,
  Profile,
  ProfileFields,
  ProfileOptions,
  RebindPhoneInput,
  RebindRequest,
  RebindRequestInput,
  RebindRequestReceipt,
  RebindRequestStatus,
  Region,
  RegisteredAccount,
  RegisterInput,
  ResetPasswordInput,
  School,
  SchoolInput,
  SchoolSearch,
  SchoolTeacher,
  SignInInput,
  SmsCodeSent,
  SmsPurpose,
  TeacherQuery,
  TokenResponse,
} from './apiTypes';
import { createAuthFetch } from './authFetch';
import type { Identity } from './identity';
import { markSessionExpired, tokenStore } from './session';

// Same origin: the backend serves the SPA, and the Vite dev server proxies /api to it.
const baseUrl = '';

// Looked up at call time, so tests can stub the global fetch.
const publicHttp = { fetch: (url: RequestInfo, init?: RequestInit) => globalThis.fetch(url, init) };

const authClient = new AuthClient(baseUrl, publicHttp);
const accountsClient = new AccountsClient(baseUrl, publicHttp);

export const authFetch = createAuthFetch({
  store: tokenStore,
  // The refresh goes through the public client: it must not itself wait on a refresh.
  refresh: (refreshToken) => authClient.refreshToken({ refreshToken }),
  onSessionExpired: markSessionExpired,
});

// authFetch sends no Authorization header when signed out, so the anonymous operations of these
// clients (the phone rebinding request) work through it too.
const authedHttp = { fetch: authFetch.fetch };
const meClient = new MeClient(baseUrl, authedHttp);

/** Made on first use, so a page (or test) that never needs a client never constructs it. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const sessionAuthClient = lazy(() => new AuthClient(baseUrl, authedHttp));
const profileClient = lazy(() => new ProfileClient(baseUrl, authedHttp));
const directoryClient = lazy(() => new DirectoryClient(baseUrl, authedHttp));
const verificationClient = lazy(() => new VerificationClient(baseUrl, authedHttp));
const rebindingClient = lazy(() => new RebindingClient(baseUrl, authedHttp));

const apiIdentity: Record<Identity, AccountIdentity> = {
  teacher: AccountIdentity.Teacher,
  student: AccountIdentity.Student,
  parent: AccountIdentity.Parent,
  researcher: AccountIdentity.Researcher,
  itStaff: AccountIdentity.ItStaff,
  manager: AccountIdentity.Manager,
};

const apiPurpose: Record<SmsPurpose, ApiSmsPurpose> = {
  register: ApiSmsPurpose.Register,
  signIn: ApiSmsPurpose.SignIn,
  resetPassword: ApiSmsPurpose.ResetPassword,
  rebindOldPhone: ApiSmsPurpose.RebindOldPhone,
  rebindNewPhone: ApiSmsPurpose.RebindNewPhone,
};

/**
 * NSwag turns the server's enums into TS string enums whose values are exactly the camelCase
 * strings of our literal unions, and dates into strings, so the wire objects are ours at run time;
 * only the static types differ. These two casts are the single place that relies on it.
 */
function fromWire<T>(value: unknown): T {
  return value as T;
}
function toWire<T>(value: unknown): T {
  return value as T;
}

export const api = {
  requestSmsCode(phone: string, purpose: SmsPurpose): Promise<SmsCodeSent> {
    return authClient.requestSmsCode({ phone, purpose: apiPurpose[purpose] });
  },
  register(input: RegisterInput): Promise<RegisteredAccount> {
    return accountsClient.register({ ...input, identity: apiIdentity[input.identity] });
  },
  issueToken(input: SignInInput): Promise<TokenResponse> {
    return authClient.issueToken(input);
  },
  resetPassword(input: ResetPasswordInput): Promise<void> {
    return authClient.resetPassword(input);
  },
  signOut(refreshToken: string): Promise<void> {
    return sessionAuthClient().signOut({ refreshToken });
  },

  // 我的
  async getMe(): Promise<Me> {
    return fromWire<Me>(await meClient.getMe());
  },
  async switchIdentityToTeacher(confirmClearStudentData: boolean): Promise<Me> {
    return fromWire<Me>(await meClient.switchIdentity({ identity: toWire('teacher'), confirmClearStudentData }));
  },
  async getMyAdminScopes(): Promise<AdminScopes> {
    return fromWire<AdminScopes>(await meClient.getMyAdminScopes());
  },

  // 个人信息
  async getProfileOptions(): Promise<ProfileOptions> {
    return fromWire<ProfileOptions>(await profileClient().getProfileOptions());
  },
  async getMyProfile(): Promise<Profile> {
    return fromWire<Profile>(await profileClient().getMyProfile());
  },
  async updateMyProfile(fields: ProfileFields): Promise<Profile> {
    return fromWire<Profile>(await profileClient().updateMyProfile(toWire(fields)));
  },
  async removeMySchool(): Promise<void> {
    await profileClient().removeMySchool();
  },

  // 学校目录
  async listRegions(parentId?: string): Promise<Region[]> {
    return fromWire<Region[]>(await directoryClient().listRegions(parentId));
  },
  async searchSchools(search: SchoolSearch): Promise<Page<School>> {
    const { regionId, q, schoolSystem, page, pageSize } = search;
    return fromWire<Page<School>>(await directoryClient().searchSchools(regionId, q, toWire(schoolSystem), page, pageSize));
  },
  async getSchool(id: string): Promise<School> {
    return fromWire<School>(await directoryClient().getSchool(id));
  },
  async addSchool(countyId: string, input: SchoolInput): Promise<School> {
    return fromWire<School>(await directoryClient().addSchool(countyId, toWire(input)));
  },
  async correctSchool(id: string, input: SchoolInput): Promise<School> {
    return fromWire<School>(await directoryClient().correctSchool(id, toWire(input)));
  },

  // 教师认证（学校管理员）
  async listSchoolTeachers(schoolId: string, query: TeacherQuery): Promise<Page<SchoolTeacher>> {
    const { status, q, page, pageSize } = query;
    return fromWire<Page<SchoolTeacher>>(
      await verificationClient().listSchoolTeachers(schoolId, toWire(status), q, page, pageSize),
    );
  },
  async decideVerifications(schoolId: string, accountIds: string[], decision: Decision, reason?: string): Promise<DecisionResult[]> {
    const answer = await verificationClient().decideVerifications(schoolId, { accountIds, decision: toWire(decision), reason });
    return fromWire<DecisionResult[]>(answer.results);
  },
  removeTeacherFromSchool(schoolId: string, accountId: string): Promise<void> {
    return verificationClient().removeTeacherFromSchool(schoolId, accountId);
  },

  // 换绑手机
  async rebindPhone(input: RebindPhoneInput): Promise<{ phone: string }> {
    return fromWire<{ phone: string }>(await rebindingClient().rebindPhone(input));
  },
  async submitPhoneRebindRequest(input: RebindRequestInput): Promise<RebindRequestReceipt> {
    const { realName, idType, idNumber, oldPhone, newPhone, newPhoneCode, photo } = input;
    return fromWire<RebindRequestReceipt>(
      await rebindingClient().submitPhoneRebindRequest(realName, toWire(idType), idNumber, oldPhone, newPhone, newPhoneCode, {
        data: photo,
        fileName: photo.name,
      }),
    );
  },
  async listPhoneRebindRequests(status?: RebindRequestStatus): Promise<RebindRequest[]> {
    return fromWire<RebindRequest[]>(await rebindingClient().listPhoneRebindRequests(toWire(status)));
  },
  async getPhoneRebindPhoto(id: string): Promise<Blob> {
    return (await rebindingClient().getPhoneRebindPhoto(id)).data;
  },
  decidePhoneRebindRequest(id: string, approve: boolean, reason?: string): Promise<void> {
    return rebindingClient().decidePhoneRebindRequest(id, { approve, reason }).then(() => undefined);
  },
};

export type Api = typeof api;
