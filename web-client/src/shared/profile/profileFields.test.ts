import { describe, expect, it } from 'vitest';
import type { MyProfileResponse } from '../../api/xueshi-client';
import {
  formValuesToUpdate,
  isRequiredField,
  lockedFieldsFromError,
  missingFieldLabels,
  profileToFormValues,
  readOnlyFields,
} from './profileFields';

const school = { id: 's1', name: '实验小学', schoolSystem: 'primary' as const, regionPath: ['某省', '某市', '某县'], isOther: false };

describe('required and missing fields', () => {
  it('lists the missing fields by their Chinese labels in form order, school under either name', () => {
    expect(missingFieldLabels(['subject', 'school', 'realName', 'IdNumber'])).toEqual(['姓名', '证件号码', '所在学校', '学科领域']);
    expect(missingFieldLabels(['schoolId'])).toEqual(['所在学校']);
  });

  it('keeps a field this build does not know rather than hiding it', () => {
    expect(missingFieldLabels(['newField'])).toEqual(['newField']);
  });

  it('marks required what the options say, and the manual starred fields until they arrive', () => {
    expect(isRequiredField('realName', { requiredFields: ['realName'] })).toBe(true);
    expect(isRequiredField('gender', { requiredFields: ['realName'] })).toBe(false);
    expect(isRequiredField('schoolId', { requiredFields: ['school'] })).toBe(true);
    expect(isRequiredField('isHeadTeacher', undefined)).toBe(true);
    expect(isRequiredField('honours', undefined)).toBe(false);
  });
});

describe('read-only fields', () => {
  it('are what the profile reports as locked', () => {
    expect([...readOnlyFields(['realName', 'idType', 'idNumber', 'school'])]).toEqual(['realName', 'idType', 'idNumber', 'schoolId']);
  });

  it('include the lockedFields of an accounts.profile_locked refusal', () => {
    const refusal = { status: 409, code: 'accounts.profile_locked', title: '认证通过后不可修改', lockedFields: ['realName', 'schoolId'] };
    expect(lockedFieldsFromError(refusal)).toEqual(['realName', 'schoolId']);
    expect([...readOnlyFields([], refusal)].sort()).toEqual(['realName', 'schoolId']);
  });

  it('ignore other refusals', () => {
    expect(lockedFieldsFromError({ status: 409, code: 'accounts.id_number_taken', title: '证件号码已被使用' })).toEqual([]);
  });
});

describe('the update body', () => {
  it('sends the picked school as schoolId, trims text, upper-cases the ID, and leaves out empty fields', () => {
    const body = formValuesToUpdate(
      { realName: ' 王芳 ', idNumber: '11010519491231002x', honours: '  ', school, isHeadTeacher: false, gender: 'female' },
      new Set(),
    );
    expect(body).toEqual({ realName: '王芳', idNumber: '11010519491231002X', schoolId: 's1', isHeadTeacher: false, gender: 'female' });
  });

  it('sends locked fields as the server holds them, whatever the form says', () => {
    const saved: MyProfileResponse = {
      accountId: 'a1',
      realName: '王芳',
      schoolId: 's1',
      school,
      isPsychologyTeacher: true,
      isHeadTeacher: false,
      verification: { status: 'approved' },
      lockedFields: ['realName', 'schoolId', 'isPsychologyTeacher', 'isHeadTeacher'],
      completeness: { isComplete: true, missingFields: [] },
    };
    const body = formValuesToUpdate(
      { realName: '王小芳', school: { ...school, id: 's2' }, isPsychologyTeacher: false, isHeadTeacher: true, title: '高级教师' },
      new Set(['realName', 'schoolId', 'isPsychologyTeacher', 'isHeadTeacher'] as const),
      saved,
    );
    expect(body).toEqual({ realName: '王芳', schoolId: 's1', isPsychologyTeacher: true, isHeadTeacher: false, title: '高级教师' });
  });

  it('round-trips a loaded profile into the form', () => {
    const profile: MyProfileResponse = {
      accountId: 'a1',
      realName: '王芳',
      schoolId: 's1',
      school,
      verification: { status: 'approved' },
      lockedFields: ['realName'],
      completeness: { isComplete: true, missingFields: [] },
    };
    expect(profileToFormValues(profile)).toEqual({ realName: '王芳', school });
  });
});
