import { describe, expect, it } from 'vitest';
import { fieldNameFromKey, problemToFormFeedback } from './formFeedback';
import type { Problem } from './problem';

const FIELDS = ['phone', 'smsCode', 'password', 'identity', 'nickname'] as const;

const validation = (errors: Record<string, string[]>): Problem => ({
  status: 400,
  code: 'validation_failed',
  title: '请求参数有误',
  errors,
});

describe('problemToFormFeedback', () => {
  it('puts each validation message under its field and shows no extra alert', () => {
    const feedback = problemToFormFeedback(
      validation({ phone: ['请输入正确的手机号'], password: ['密码须同时包含字母和数字'] }),
      FIELDS,
    );
    expect(feedback).toEqual({
      fields: [
        { name: 'phone', errors: ['请输入正确的手机号'] },
        { name: 'password', errors: ['密码须同时包含字母和数字'] },
      ],
      alert: null,
    });
  });

  it('matches keys whatever their casing or prefix', () => {
    expect(fieldNameFromKey('SmsCode')).toBe('smsCode');
    expect(fieldNameFromKey('request.Phone')).toBe('phone');
    expect(fieldNameFromKey('$.nickname')).toBe('nickname');
    const feedback = problemToFormFeedback(validation({ Nickname: ['昵称过长'], 'body.smsCode': ['验证码为 6 位数字'] }), FIELDS);
    expect(feedback.fields.map((f) => f.name)).toEqual(['nickname', 'smsCode']);
  });

  it('shows messages for fields the form does not have in the alert rather than losing them', () => {
    const feedback = problemToFormFeedback(validation({ phone: ['手机号格式不正确'], '': ['请求体不是有效的 JSON'] }), FIELDS);
    expect(feedback.fields).toEqual([{ name: 'phone', errors: ['手机号格式不正确'] }]);
    expect(feedback.alert).toBe('请求体不是有效的 JSON');
  });

  it('falls back to the title when a validation failure names no field at all', () => {
    const feedback = problemToFormFeedback({ ...validation({}), errors: undefined }, FIELDS);
    expect(feedback).toEqual({ fields: [], alert: '请求参数有误' });
  });

  it('puts a business error about one field under that field', () => {
    const problem: Problem = { status: 409, code: 'accounts.phone_taken', title: '该手机号已注册，请直接登录' };
    const feedback = problemToFormFeedback(problem, FIELDS, { 'accounts.phone_taken': 'phone' });
    expect(feedback).toEqual({ fields: [{ name: 'phone', errors: ['该手机号已注册，请直接登录'] }], alert: null });
  });

  it('shows any other error as an alert with the server title', () => {
    const problem: Problem = { status: 401, code: 'auth.invalid_credentials', title: '手机号或密码错误' };
    expect(problemToFormFeedback(problem, FIELDS, { 'accounts.phone_taken': 'phone' })).toEqual({
      fields: [],
      alert: '手机号或密码错误',
    });
  });
});
