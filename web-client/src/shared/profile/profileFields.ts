import type { MyProfileResponse, ProfileOptionsResponse, ProfileSchool, UpdateMyProfile } from '../../api/xueshi-client';
import { toProblem } from '../problem/problem';

export type ProfileFieldName = keyof UpdateMyProfile;

/** The form edits the school as the picked school, not as its id. */
export type ProfileFormValues = Omit<UpdateMyProfile, 'schoolId'> & { school?: ProfileSchool };
export type ProfileFormField = keyof ProfileFormValues;

export const FIELD_LABELS: Record<ProfileFieldName, string> = {
  realName: '姓名',
  idType: '证件类型',
  idNumber: '证件号码',
  gender: '性别',
  ethnicity: '民族',
  politicalStatus: '政治面貌',
  education: '最高学历',
  teacherType: '教师类型',
  schoolId: '所在学校',
  stage: '学段',
  subject: '学科领域',
  title: '职称',
  isPsychologyTeacher: '是否心理健康教育教师',
  isHeadTeacher: '是否担任班主任',
  entryYear: '入职年份',
  honours: '荣誉',
  itAbility: '信息技术能力',
  isBackboneTeacher: '骨干教师',
  isSubjectLeader: '学科带头人',
  isResearcher: '教研员',
};

/** The groups of the manual's 个人信息 page, in its order. */
export const FIELD_GROUPS: { title: string; fields: ProfileFieldName[] }[] = [
  { title: '基本信息', fields: ['realName', 'idType', 'idNumber', 'gender', 'ethnicity', 'politicalStatus', 'education'] },
  {
    title: '任教信息',
    fields: ['teacherType', 'schoolId', 'stage', 'subject', 'title', 'isPsychologyTeacher', 'isHeadTeacher'],
  },
  { title: '其他', fields: ['entryYear', 'honours', 'itAbility', 'isBackboneTeacher', 'isSubjectLeader', 'isResearcher'] },
];

/** Used until the options arrive (and if the server sends none): the starred fields of the manual. */
export const DEFAULT_REQUIRED_FIELDS: ProfileFieldName[] = [...FIELD_GROUPS[0].fields, ...FIELD_GROUPS[1].fields];

/** The fields that verification locks (the server says which in lockedFields). */
export const LOCKABLE_FIELDS: ProfileFieldName[] = ['realName', 'idType', 'idNumber', 'schoolId', 'isPsychologyTeacher', 'isHeadTeacher'];

/** The server may name the school "school" or "schoolId", and fields in any case. */
export function toFieldName(name: string): ProfileFieldName | null {
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  const key = camel === 'school' ? 'schoolId' : camel;
  return key in FIELD_LABELS ? (key as ProfileFieldName) : null;
}

/** The form's name of a profile field. */
export function formFieldOf(field: ProfileFieldName): ProfileFormField {
  return field === 'schoolId' ? 'school' : field;
}

export function isRequiredField(field: ProfileFieldName, options: Pick<ProfileOptionsResponse, 'requiredFields'> | undefined): boolean {
  const required = options?.requiredFields?.length ? options.requiredFields : DEFAULT_REQUIRED_FIELDS;
  return required.some((name) => toFieldName(name) === field);
}

/** The Chinese labels of the fields the completeness check found missing, in form order. */
export function missingFieldLabels(missingFields: readonly string[]): string[] {
  const missing = new Set(missingFields.map((name) => toFieldName(name) ?? name));
  const known = FIELD_GROUPS.flatMap((g) => g.fields).filter((f) => missing.has(f));
  const unknown = [...missing].filter((name) => !(name in FIELD_LABELS));
  return [...known.map((f) => FIELD_LABELS[f]), ...unknown];
}

/** Which fields are read-only: what the profile says, plus what a profile_locked refusal reported. */
export function readOnlyFields(profileLocked: readonly string[] | undefined, refusal?: unknown): Set<ProfileFieldName> {
  const names = [...(profileLocked ?? []), ...(refusal === undefined ? [] : lockedFieldsFromError(refusal))];
  return new Set(names.map(toFieldName).filter((f): f is ProfileFieldName => f !== null));
}

/** The lockedFields of an accounts.profile_locked refusal, or none. */
export function lockedFieldsFromError(error: unknown): string[] {
  const problem = toProblem(error);
  return problem.code === 'accounts.profile_locked' ? (problem.lockedFields ?? []) : [];
}

export function profileToFormValues(profile: MyProfileResponse): ProfileFormValues {
  // Only the editable fields: the server's accountId would otherwise ride along into the update body.
  const { accountId: _a, schoolId: _schoolId, school, verification: _v, lockedFields: _l, completeness: _c, ...rest } = profile;
  return { ...rest, school };
}

/**
 * The update body: text trimmed, empty text left out. The update replaces the whole profile, so a
 * locked field is sent as the server holds it (from `saved`), never as the form has it: leaving it
 * out would ask to clear it, which the server refuses as a change.
 */
export function formValuesToUpdate(
  values: ProfileFormValues,
  locked: ReadonlySet<ProfileFieldName>,
  saved?: MyProfileResponse,
): UpdateMyProfile {
  const { school, ...rest } = values;
  const body: UpdateMyProfile = {};
  const all: UpdateMyProfile = { ...rest, schoolId: school?.id };
  for (const key of locked) {
    (all as Record<string, unknown>)[key] = saved?.[key];
  }
  for (const [key, raw] of Object.entries(all) as [ProfileFieldName, unknown][]) {
    if (raw === undefined || raw === null) continue;
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '') continue;
    (body as Record<string, unknown>)[key] = key === 'idNumber' ? String(value).toUpperCase() : value;
  }
  return body;
}

export const VERIFICATION_LABELS = {
  notSubmitted: { text: '未提交', color: 'default' },
  pending: { text: '待审核', color: 'processing' },
  approved: { text: '认证通过', color: 'success' },
  rejected: { text: '认证未通过', color: 'error' },
} as const;
