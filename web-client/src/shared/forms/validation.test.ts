import { describe, expect, it } from 'vitest';
import { checkNickname, checkPassword, checkPhone, checkSmsCode } from './validation';

describe('phone rule (server: /^1[3-9]\\d{9}$/)', () => {
  it.each(['13800000000', '19912345678', '15012345678'])('accepts %s', (phone) => {
    expect(checkPhone(phone)).toBeNull();
  });

  it.each([
    ['', '请输入手机号'],
    ['12800000000', '请输入正确的 11 位手机号'],
    ['1380000000', '请输入正确的 11 位手机号'],
    ['138000000001', '请输入正确的 11 位手机号'],
    ['+8613800000000', '请输入正确的 11 位手机号'],
  ])('rejects %j', (phone, message) => {
    expect(checkPhone(phone)).toBe(message);
  });
});

describe('password rule (server: 8–64 characters, an ASCII letter and digit, no spaces, not the phone)', () => {
  it.each(['abcdefg1', 'A1234567', 'a1'.repeat(32)])('accepts %s', (password) => {
    expect(checkPassword(password)).toBeNull();
  });

  it.each([
    ['', '请输入密码'],
    ['abcde12', '密码长度为 8–64 位'],
    ['a1'.repeat(32) + 'x', '密码长度为 8–64 位'],
    ['abcdefgh', '密码须同时包含字母和数字'],
    ['12345678', '密码须同时包含字母和数字'],
    ['密码密码12345678', '密码须同时包含字母和数字'],
    ['abcd 1234', '密码不能包含空格'],
  ])('rejects %j', (password, message) => {
    expect(checkPassword(password)).toBe(message);
  });

  it('rejects a password containing the phone number, as the server does', () => {
    expect(checkPassword('a13912345678', '13912345678')).toBe('密码不能包含手机号');
    expect(checkPassword('a13912345678', '13800000000')).toBeNull();
  });
});

describe('nickname rule (server: 1–20 characters)', () => {
  it('accepts 1 to 20 characters, Chinese included', () => {
    expect(checkNickname('李')).toBeNull();
    expect(checkNickname('张'.repeat(20))).toBeNull();
  });

  it('rejects empty, blank and too long nicknames', () => {
    expect(checkNickname('')).toBe('请输入昵称');
    expect(checkNickname('   ')).toBe('请输入昵称');
    expect(checkNickname('张'.repeat(21))).toBe('昵称最多 20 个字');
  });
});

describe('SMS code rule (server: 6 digits)', () => {
  it('accepts exactly six digits', () => {
    expect(checkSmsCode('012345')).toBeNull();
  });

  it.each(['', '12345', '1234567', '12345a'])('rejects %j', (code) => {
    expect(checkSmsCode(code)).not.toBeNull();
  });
});
