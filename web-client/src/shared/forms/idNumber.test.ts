import { describe, expect, it } from 'vitest';
import { checkGenderAgreement, checkIdNumber, checkResidentId, genderOfResidentId, residentIdCheckCharacter } from './idNumber';

const now = new Date('2026-06-01T00:00:00Z');

/** A valid number for a birth date and sequence, its check character computed. */
function idFor(birth: string, sequence: string): string {
  const first17 = `110105${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('resident ID number (GB 11643)', () => {
  it('accepts the standard example, whose check character is X', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(checkResidentId('11010519491231002X', now)).toBeNull();
    expect(checkResidentId('11010519491231002x', now)).toBeNull();
  });

  it('refuses a wrong check character', () => {
    expect(checkResidentId('110105194912310021', now)).toBe('身份证号码校验位不正确，请核对');
  });

  it('refuses a wrong length or letters inside', () => {
    expect(checkResidentId('1101051949123100', now)).toMatch(/18 位/);
    expect(checkResidentId('1101051949A231002X', now)).toMatch(/18 位/);
  });

  it('refuses an impossible or future birth date', () => {
    expect(checkResidentId(idFor('19990230', '123'), now)).toBe('身份证号码中的出生日期不正确');
    expect(checkResidentId(idFor('20270101', '123'), now)).toBe('身份证号码中的出生日期不正确');
    expect(checkResidentId(idFor('20260601', '123'), now)).toBeNull();
  });

  it('reads the gender from the 17th digit', () => {
    expect(genderOfResidentId(idFor('19850312', '123'))).toBe('male');
    expect(genderOfResidentId(idFor('19850312', '124'))).toBe('female');
  });

  it('only checks the digits of a resident ID; other documents just need a value', () => {
    expect(checkIdNumber('passport', 'E12345678', now)).toBeNull();
    expect(checkIdNumber('passport', '', now)).toBe('请输入证件号码');
    expect(checkIdNumber('residentId', 'E12345678', now)).toMatch(/18 位/);
  });
});

describe('gender agreement', () => {
  const male = idFor('19850312', '123');

  it('refuses a gender the resident ID disagrees with', () => {
    expect(checkGenderAgreement('residentId', male, 'female', now)).toBe('性别与身份证号码不一致');
    expect(checkGenderAgreement('residentId', male, 'male', now)).toBeNull();
  });

  it('says nothing while the number itself is wrong, or for other documents', () => {
    expect(checkGenderAgreement('residentId', '123', 'female', now)).toBeNull();
    expect(checkGenderAgreement('passport', male, 'female', now)).toBeNull();
    expect(checkGenderAgreement('residentId', male, undefined, now)).toBeNull();
  });
});
