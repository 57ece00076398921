import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { requestSmsCode } from './devInbox';
import { PHONE_WIDTH, expectNoSidewaysScroll } from './helpers';

function randomPhone(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

test.use({ viewport: { width: PHONE_WIDTH, height: 844 } });

test('a new number signs in by SMS, consents, chooses the teacher identity and a nickname, and reaches 我的', async ({ page, request }) => {
  const phone = randomPhone();
  const nickname = `新老师${phone.slice(-4)}`;

  // The documents are pages of their own, readable on a phone before signing in.
  await page.goto('/legal/privacy-policy');
  await expect(page.getByText('个人信息保护法', { exact: false }).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, '隐私政策');
  await page.goto('/legal/user-agreement');
  await expect(page.getByText('未注册', { exact: false }).first()).toBeVisible();
  await expectAccessible(page, '用户协议');

  await page.goto('/login');
  await page.getByRole('tab', { name: '验证码登录' }).click();
  const panel = page.getByRole('tabpanel', { name: '验证码登录' });
  await expect(panel.getByText('未注册的手机号验证后将自动注册')).toBeVisible();
  await panel.getByLabel('手机号').fill(phone);
  const code = await requestSmsCode(request, panel, phone, 'signIn');
  await panel.getByLabel('验证码').fill(code);
  await panel.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await panel.getByRole('button', { name: /登\s*录/ }).click();

  // Before anything else: identity, nickname and consent.
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByText('完善基本信息')).toBeVisible();
  // Another page of the app sends the new account back here.
  await page.goto('/me/profile');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('button', { name: '进入学时' }).click();
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await expectAccessible(page, '完善基本信息, with field errors');

  await page.getByLabel('身份').click();
  await page.locator('.ant-select-item-option[title="老师"]').click();
  await page.getByLabel('昵称').fill(nickname);
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: '进入学时' }).click();

  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText(nickname).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
});
