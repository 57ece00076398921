// The app's view of the API. src/lib/api.ts translates to and from the NSwag-generated client,
// so pages never depend on the generator's choices (classes vs interfaces, Date vs string).
import type { Identity } from './identity';

export type SmsPurpose = 'register' | 'signIn' | 'resetPassword' | 'rebindOldPhone' | 'rebindNewPhone';

export interface SmsCodeSent {
  phone: string;
  purpose: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export interface RegisterInput {
  phone: string;
  smsCode: string;
  password: string;
  identity: Identity;
  nickname: string;
}

export interface RegisteredAccount {
  accountId: string;
  phone: string;
  identity: string;
  nickname: string;
}

export type SignInInput = { phone: string; password: string } | { phone: string; smsCode: string };

export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  /** Seconds until the refresh token expires. */
  refreshTokenExpiresIn: number;
}

export interface Me {
  accountId: string;
  phone: string;
  nickname: string;
  identity: string;
  roles: string[];
  /** ISO 8601 instant. */
  registeredAt: string;
}

// ---- Issue 3: password reset, profile, directory, verification, phone rebinding ----

export type AdminRole = 'schoolAdmin' | 'regionAdmin' | 'operator' | 'support';

export interface AdminScopes {
  schools: { id: string; name: string }[];
  regions: { id: string; name: string; level: RegionLevel }[];
}

export interface ResetPasswordInput {
  phone: string;
  smsCode: string;
  newPassword: string;
}

export interface Option {
  value: string;
  label: string;
}

export interface ProfileOptions {
  idTypes: Option[];
  genders: Option[];
  ethnicities: Option[];
  politicalStatuses: Option[];
  educations: Option[];
  teacherTypes: Option[];
  stages: Option[];
  subjects: Option[];
  titles: Option[];
  itAbilities: Option[];
  /** Names of the profile fields a complete profile must have. */
  requiredFields: string[];
}

export type SchoolSystem =
  | 'kindergarten'
  | 'primary'
  | 'juniorSecondary'
  | 'seniorSecondary'
  | 'combined'
  | 'specialEducation'
  | 'secondaryVocational'
  | 'higherVocational'
  | 'higherEducation';

export interface SchoolRef {
  id: string;
  name: string;
  schoolSystem: SchoolSystem;
  /** Province, city, county names. */
  regionPath: string[];
  /** The county's "其他" placeholder school. */
  isOther: boolean;
}

export interface School extends SchoolRef {
  countyId: string;
}

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface SchoolSearch {
  regionId: string;
  q?: string;
  schoolSystem?: SchoolSystem;
  page?: number;
  pageSize?: number;
}

export interface SchoolInput {
  name: string;
  schoolSystem: SchoolSystem;
}

export type VerificationStatus = 'notSubmitted' | 'pending' | 'approved' | 'rejected';

export interface Verification {
  status: VerificationStatus;
  reason?: string;
  submittedAt?: string;
  decidedAt?: string;
}

/** The editable fields of 个人信息; every one optional, as the server accepts partial profiles. */
export interface ProfileFields {
  realName?: string;
  idType?: string;
  idNumber?: string;
  gender?: string;
  ethnicity?: string;
  politicalStatus?: string;
  education?: string;
  teacherType?: string;
  schoolId?: string;
  stage?: string;
  subject?: string;
  title?: string;
  isPsychologyTeacher?: boolean;
  isHeadTeacher?: boolean;
  entryYear?: number;
  honours?: string;
  itAbility?: string;
  isBackboneTeacher?: boolean;
  isSubjectLeader?: boolean;
  isResearcher?: boolean;
}

export interface Profile extends ProfileFields {
  school?: SchoolRef;
  verification: Verification;
  lockedFields: string[];
  completeness: { isComplete: boolean; missingFields: string[] };
}

export interface SchoolTeacher {
  accountId: string;
  realName: string;
  idNumberMasked: string;
  phone: string;
  gender?: string;
  stage?: string;
  subject?: string;
  title?: string;
  isPsychologyTeacher?: boolean;
  isHeadTeacher?: boolean;
  status: VerificationStatus;
  reason?: string;
  submittedAt?: string;
  decidedAt?: string;
}

export interface TeacherQuery {
  status?: VerificationStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

export type Decision = 'approve' | 'reject';

export type DecisionOutcome = 'approved' | 'rejected' | 'notPending' | 'notFound';

export interface DecisionResult {
  accountId: string;
  outcome: DecisionOutcome;
}

export interface RebindPhoneInput {
  oldPhoneCode: string;
  newPhone: string;
  newPhoneCode: string;
}

export interface RebindRequestInput {
  realName: string;
  idType: string;
  idNumber: string;
  oldPhone: string;
  newPhone: string;
  newPhoneCode: string;
  photo: File;
}

export type RebindRequestStatus = 'pending' | 'approved' | 'rejected';

export interface RebindRequestReceipt {
  requestId: string;
  status: RebindRequestStatus;
}

export interface RebindRequest {
  id: string;
  realName: string;
  idNumberMasked: string;
  oldPhone: string;
  newPhone: string;
  submittedAt: string;
  status: RebindRequestStatus;
  accountFound: boolean;
  profileMatches: boolean;
}
