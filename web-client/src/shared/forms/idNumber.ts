// 居民身份证号码 (GB 11643-1999), checked as the server checks it so the teacher hears about a typo
// before saving. The server stays the judge.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The idType value of 居民身份证 in the profile options. */
export const RESIDENT_ID = 'residentId';

/** A trailing lower-case x is the one slip people make; the server upper-cases it too. */
export function normalizeIdNumber(value: string | undefined): string {
  return (value ?? '').trim().toUpperCase();
}

function chinaToday(now: Date): string {
  // The platform's dates are China Standard Time whatever the device's zone.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parts.replace(/-/g, '');
}

function validBirthDate(yyyymmdd: string, now: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return y >= 1900 && yyyymmdd <= chinaToday(now);
}

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** The message to show for a resident ID number, or null when it is valid. */
export function checkResidentId(value: string | undefined, now: Date = new Date()): string | null {
  const v = normalizeIdNumber(value);
  if (!v) return '请输入证件号码';
  if (!/^\d{17}[\dX]$/.test(v)) return '居民身份证号码为 18 位，最后一位可以是数字或 X';
  if (!validBirthDate(v.slice(6, 14), now)) return '身份证号码中的出生日期不正确';
  if (residentIdCheckCharacter(v.slice(0, 17)) !== v[17]) return '身份证号码校验位不正确，请核对';
  return null;
}

/** "male" or "female" as the 17th digit says (odd is male); the number must be valid. */
export function genderOfResidentId(validNumber: string): 'male' | 'female' {
  return Number(validNumber[16]) % 2 === 1 ? 'male' : 'female';
}

/** Checks the number for its document type; other documents only need to be there and short. */
export function checkIdNumber(idType: string | undefined, value: string | undefined, now: Date = new Date()): string | null {
  const v = normalizeIdNumber(value);
  if (!v) return '请输入证件号码';
  if (idType === RESIDENT_ID) return checkResidentId(v, now);
  if (v.length > 30) return '证件号码最多 30 位';
  return null;
}

/** The server refuses a gender that disagrees with the resident ID number. */
export function checkGenderAgreement(
  idType: string | undefined,
  idNumber: string | undefined,
  gender: string | undefined,
  now: Date = new Date(),
): string | null {
  if (idType !== RESIDENT_ID || !gender) return null;
  const v = normalizeIdNumber(idNumber);
  if (checkResidentId(v, now) !== null) return null; // the number's own error is shown instead
  return genderOfResidentId(v) === gender ? null : '性别与身份证号码不一致';
}
