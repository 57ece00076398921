// The one module that constructs the NSwag-generated clients (src/api/, never edited by hand).
// Every API shape is the generated one: NSwag emits interfaces, string dates and string-literal
// enums, so the wire objects are used as they come. Only the argument bags below are the SPA's
// own: they name the positional parameters the generated methods take.
import {
  AccountsClient,
  AuthClient,
  CatalogAdminClient,
  DirectoryClient,
  LegalClient,
  MeClient,
  ProfileClient,
  RebindingClient,
  VerificationClient,
  type AccountCreated,
  type AddChapter,
  type AddResource,
  type AdminCoursePage,
  type AdminCourseResponse,
  type AdminProgramPage,
  type AdminProgramResponse,
  type AttachCourse,
  type CatalogChangePage,
  type CreateCourse,
  type CreateProgram,
  type EditChapter,
  type EditCourse,
  type EditCourseLink,
  type EditProgram,
  type EditResource,
  type ProgramState,
  type AddSchool,
  type AdminScopesResponse,
  type ChooseBasics,
  type CorrectSchool,
  type GiveConsent,
  type LegalDocumentKind,
  type LegalDocumentResponse,
  type DecisionResult,
  type IdDocumentType,
  type IssueToken,
  type MeResponse,
  type MyProfileResponse,
  type PhoneRebindRequestAccepted,
  type PhoneRebindRequestItem,
  type PhoneRebound,
  type ProfileOptionsResponse,
  type RebindPhone,
  type RebindRequestStatus,
  type RegionResponse,
  type RegisterAccount,
  type ResetPassword,
  type SchoolPage,
  type SchoolResponse,
  type SchoolSystem,
  type SchoolTeachersPage,
  type SmsCodeSent,
  type SmsPurpose,
  type TokenResponse,
  type UpdateMyProfile,
  type VerificationDecision,
  type VerificationStatus,
} from '../../api/xueshi-client';
import { createAuthFetch } from './authFetch';
import { markSessionExpired, tokenStore } from '../session/session';

/** The query of GET /schools, named. */
export interface SchoolSearch {
  regionId: string;
  q?: string;
  schoolSystem?: SchoolSystem;
  page?: number;
  pageSize?: number;
}

/** The query of GET /schools/{id}/teachers, named. */
export interface TeacherQuery {
  status?: VerificationStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The multipart form of 申请换绑, with the photo as the File the user picked. */
export interface RebindRequestInput {
  realName: string;
  idType: IdDocumentType;
  idNumber: string;
  oldPhone: string;
  newPhone: string;
  newPhoneCode: string;
  photo: File;
}

/** The query of GET /admin/programs, named. */
export interface AdminProgramQuery {
  state?: ProgramState;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** If-Match for a change: the revision the console last read, as the server's strong ETag. */
const ifMatch = (revision: number) => `"${revision}"`;

/** Made on first use, so a page (or test) that never needs a client never constructs it. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// Same origin: the backend serves the SPA, and the Vite dev server proxies /api to it.
const baseUrl = '';

// Looked up at call time, so tests can stub the global fetch.
const publicHttp = { fetch: (url: RequestInfo, init?: RequestInit) => globalThis.fetch(url, init) };

const authClient = new AuthClient(baseUrl, publicHttp);
const accountsClient = new AccountsClient(baseUrl, publicHttp);
const legalClient = lazy(() => new LegalClient(baseUrl, publicHttp));

export const authFetch = createAuthFetch({
  store: tokenStore,
  // The refresh goes through the public client: it must not itself wait on a refresh. The browser
  // sends the HttpOnly cookie with it, and the answer sets the rotated one.
  refresh: () => authClient.refreshToken({ refreshTokenInCookie: true }),
  onSessionExpired: markSessionExpired,
});

// authFetch sends no Authorization header when signed out, so the anonymous operations of these
// clients (the phone rebinding request) work through it too.
const authedHttp = { fetch: authFetch.fetch };
const meClient = new MeClient(baseUrl, authedHttp);

const profileClient = lazy(() => new ProfileClient(baseUrl, authedHttp));
const directoryClient = lazy(() => new DirectoryClient(baseUrl, authedHttp));
const verificationClient = lazy(() => new VerificationClient(baseUrl, authedHttp));
const rebindingClient = lazy(() => new RebindingClient(baseUrl, authedHttp));
const catalogAdminClient = lazy(() => new CatalogAdminClient(baseUrl, authedHttp));

export const api = {
  requestSmsCode(phone: string, purpose: SmsPurpose): Promise<SmsCodeSent> {
    return authClient.requestSmsCode({ phone, purpose });
  },
  register(input: RegisterAccount): Promise<AccountCreated> {
    return accountsClient.register(input);
  },
  /** The refresh token comes back as the HttpOnly cookie xueshi_refresh, never in the body. */
  issueToken(input: Omit<IssueToken, 'refreshTokenInCookie'>): Promise<TokenResponse> {
    return authClient.issueToken({ ...input, refreshTokenInCookie: true });
  },
  resetPassword(input: ResetPassword): Promise<void> {
    return authClient.resetPassword(input);
  },
  /** Ends the sign-in whose cookie the browser holds; the answer expires the cookie. */
  signOut(): Promise<void> {
    return authClient.signOut({});
  },

  // 用户协议和隐私政策
  listLegalDocuments(): Promise<LegalDocumentResponse[]> {
    return legalClient().listLegalDocuments();
  },
  getLegalDocument(kind: LegalDocumentKind): Promise<LegalDocumentResponse> {
    return legalClient().getLegalDocument(kind);
  },
  /** 我已阅读并同意; the access token learns it at the next refresh. */
  giveConsent(input: GiveConsent): Promise<void> {
    return meClient.giveConsent(input);
  },
  /** After an SMS sign-up: identity, nickname and consent, once. */
  chooseBasics(input: ChooseBasics): Promise<void> {
    return meClient.chooseBasics(input);
  },

  // 我的
  getMe(): Promise<MeResponse> {
    return meClient.getMe();
  },
  switchIdentityToTeacher(confirmClearStudentData: boolean): Promise<MeResponse> {
    return meClient.switchIdentity({ identity: 'teacher', confirmClearStudentData });
  },
  getMyAdminScopes(): Promise<AdminScopesResponse> {
    return meClient.getMyAdminScopes();
  },

  // 个人信息
  getProfileOptions(): Promise<ProfileOptionsResponse> {
    return profileClient().getProfileOptions();
  },
  getMyProfile(): Promise<MyProfileResponse> {
    return profileClient().getMyProfile();
  },
  updateMyProfile(fields: UpdateMyProfile): Promise<MyProfileResponse> {
    return profileClient().updateMyProfile(fields);
  },
  async removeMySchool(): Promise<void> {
    await profileClient().removeMySchool();
  },

  // 学校目录
  listRegions(parentId?: string): Promise<RegionResponse[]> {
    return directoryClient().listRegions(parentId);
  },
  searchSchools({ regionId, q, schoolSystem, page, pageSize }: SchoolSearch): Promise<SchoolPage> {
    return directoryClient().searchSchools(regionId, q, schoolSystem, page, pageSize);
  },
  getSchool(id: string): Promise<SchoolResponse> {
    return directoryClient().getSchool(id);
  },
  addSchool(countyId: string, input: AddSchool): Promise<SchoolResponse> {
    return directoryClient().addSchool(countyId, input);
  },
  correctSchool(id: string, input: CorrectSchool): Promise<SchoolResponse> {
    return directoryClient().correctSchool(id, input);
  },

  // 教师认证（学校管理员）
  listSchoolTeachers(schoolId: string, { status, q, page, pageSize }: TeacherQuery): Promise<SchoolTeachersPage> {
    return verificationClient().listSchoolTeachers(schoolId, status, q, page, pageSize);
  },
  async decideVerifications(
    schoolId: string,
    accountIds: string[],
    decision: VerificationDecision,
    reason?: string,
  ): Promise<DecisionResult[]> {
    return (await verificationClient().decideVerifications(schoolId, { accountIds, decision, reason })).results;
  },
  removeTeacherFromSchool(schoolId: string, accountId: string): Promise<void> {
    return verificationClient().removeTeacherFromSchool(schoolId, accountId);
  },

  // 换绑手机
  rebindPhone(input: RebindPhone): Promise<PhoneRebound> {
    return rebindingClient().rebindPhone(input);
  },
  submitPhoneRebindRequest(input: RebindRequestInput): Promise<PhoneRebindRequestAccepted> {
    const { realName, idType, idNumber, oldPhone, newPhone, newPhoneCode, photo } = input;
    return rebindingClient().submitPhoneRebindRequest(realName, idType, idNumber, oldPhone, newPhone, newPhoneCode, {
      data: photo,
      fileName: photo.name,
    });
  },
  listPhoneRebindRequests(status?: RebindRequestStatus): Promise<PhoneRebindRequestItem[]> {
    return rebindingClient().listPhoneRebindRequests(status);
  },
  async getPhoneRebindPhoto(id: string): Promise<Blob> {
    return (await rebindingClient().getPhoneRebindPhoto(id)).data;
  },
  async decidePhoneRebindRequest(id: string, approve: boolean, reason?: string): Promise<void> {
    await rebindingClient().decidePhoneRebindRequest(id, { approve, reason });
  },

  // 专题管理（运营）: every change carries the revision it was made against (If-Match).
  listAdminPrograms({ state, q, page, pageSize }: AdminProgramQuery): Promise<AdminProgramPage> {
    return catalogAdminClient().listAdminPrograms(state, q, page, pageSize);
  },
  getAdminProgram(id: string): Promise<AdminProgramResponse> {
    return catalogAdminClient().getAdminProgram(id);
  },
  createProgram(input: CreateProgram): Promise<AdminProgramResponse> {
    return catalogAdminClient().createProgram(input);
  },
  editProgram(id: string, revision: number, input: EditProgram): Promise<AdminProgramResponse> {
    return catalogAdminClient().editProgram(id, input, ifMatch(revision));
  },
  publishProgram(id: string, revision: number): Promise<AdminProgramResponse> {
    return catalogAdminClient().publishProgram(id, ifMatch(revision));
  },
  closeProgram(id: string, revision: number): Promise<AdminProgramResponse> {
    return catalogAdminClient().closeProgram(id, ifMatch(revision));
  },
  deleteProgram(id: string, revision: number): Promise<void> {
    return catalogAdminClient().deleteProgram(id, ifMatch(revision));
  },
  listProgramChanges(id: string, page?: number): Promise<CatalogChangePage> {
    return catalogAdminClient().listProgramChanges(id, page, 50);
  },
  attachCourse(programId: string, revision: number, input: AttachCourse): Promise<AdminProgramResponse> {
    return catalogAdminClient().attachCourse(programId, input, ifMatch(revision));
  },
  editCourseLink(programId: string, courseId: string, revision: number, input: EditCourseLink): Promise<AdminProgramResponse> {
    return catalogAdminClient().editCourseLink(programId, courseId, input, ifMatch(revision));
  },
  detachCourse(programId: string, courseId: string, revision: number): Promise<AdminProgramResponse> {
    return catalogAdminClient().detachCourse(programId, courseId, ifMatch(revision));
  },
  listAdminCourses({ q, page, pageSize }: { q?: string; page?: number; pageSize?: number }): Promise<AdminCoursePage> {
    return catalogAdminClient().listAdminCourses(q, page, pageSize);
  },
  getAdminCourse(id: string): Promise<AdminCourseResponse> {
    return catalogAdminClient().getAdminCourse(id);
  },
  createCourse(input: CreateCourse): Promise<AdminCourseResponse> {
    return catalogAdminClient().createCourse(input);
  },
  editCourse(id: string, revision: number, input: EditCourse): Promise<AdminCourseResponse> {
    return catalogAdminClient().editCourse(id, input, ifMatch(revision));
  },
  addChapter(courseId: string, revision: number, input: AddChapter): Promise<AdminCourseResponse> {
    return catalogAdminClient().addChapter(courseId, input, ifMatch(revision));
  },
  editChapter(courseId: string, chapterId: string, revision: number, input: EditChapter): Promise<AdminCourseResponse> {
    return catalogAdminClient().editChapter(courseId, chapterId, input, ifMatch(revision));
  },
  deleteChapter(courseId: string, chapterId: string, revision: number): Promise<AdminCourseResponse> {
    return catalogAdminClient().deleteChapter(courseId, chapterId, ifMatch(revision));
  },
  addResource(courseId: string, revision: number, input: AddResource): Promise<AdminCourseResponse> {
    return catalogAdminClient().addResource(courseId, input, ifMatch(revision));
  },
  editResource(courseId: string, resourceId: string, revision: number, input: EditResource): Promise<AdminCourseResponse> {
    return catalogAdminClient().editResource(courseId, resourceId, input, ifMatch(revision));
  },
  deleteResource(courseId: string, resourceId: string, revision: number): Promise<AdminCourseResponse> {
    return catalogAdminClient().deleteResource(courseId, resourceId, ifMatch(revision));
  },
};

export type Api = typeof api;
