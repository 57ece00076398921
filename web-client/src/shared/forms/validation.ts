// Client-side checks mirror the server's rules so the user hears about a mistake before sending;
// the server stays the judge and its messages are shown when they differ.

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const SMS_CODE_PATTERN = /^\d{6}$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;
export const NICKNAME_MAX = 20;

/** Each check returns the message to show, or null when the value is acceptable. */
export type Check = (value: string | undefined) => string | null;

export const checkPhone: Check = (value) => {
  const v = (value ?? '').trim();
  if (!v) return '请输入手机号';
  return PHONE_PATTERN.test(v) ? null : '请输入正确的 11 位手机号';
};

export const checkSmsCode: Check = (value) => {
  const v = (value ?? '').trim();
  if (!v) return '请输入验证码';
  return SMS_CODE_PATTERN.test(v) ? null : '验证码为 6 位数字';
};

/** The phone is passed because the server refuses a password that contains it. */
export function checkPassword(value: string | undefined, phone?: string): string | null {
  const v = value ?? '';
  if (!v) return '请输入密码';
  if (v.length < PASSWORD_MIN || v.length > PASSWORD_MAX) return `密码长度为 ${PASSWORD_MIN}–${PASSWORD_MAX} 位`;
  if (/\s/.test(v)) return '密码不能包含空格';
  if (!/[A-Za-z]/.test(v) || !/[0-9]/.test(v)) return '密码须同时包含字母和数字';
  if (phone && PHONE_PATTERN.test(phone) && v.includes(phone)) return '密码不能包含手机号';
  return null;
}

/** Sign-in only asks for something: an old password that predates today's rules must still work. */
export const checkSignInPassword: Check = (value) => (value ? null : '请输入密码');

export const checkNickname: Check = (value) => {
  const v = (value ?? '').trim();
  if (!v) return '请输入昵称';
  return v.length <= NICKNAME_MAX ? null : `昵称最多 ${NICKNAME_MAX} 个字`;
};

/** Adapts a Check to an antd Form rule. */
export function rule(check: Check) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const message = check(value);
      return message ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  };
}
