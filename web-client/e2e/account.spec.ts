import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { requestSmsCode } from './devInbox';
import { advanceServerClock, resetServerClock } from './helpers';

function randomPhone(): string {
  return '139' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
}

async function expectOnMePage(page: Page, nickname: string, phone: string) {
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId('me-nickname')).toHaveText(nickname);
  await expect(page.getByText(phone)).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
  // Sign-out ended the session on the server, which expired the cookie.
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === 'xueshi_refresh')).toBe(false);
}

test.afterEach(async ({ page }) => {
  await resetServerClock(page);
});

test('a new teacher registers, signs out, and signs in again with the password and with an SMS code', async ({
  page,
  request,
}, testInfo) => {
  const phone = randomPhone();
  const nickname = `e2e老师${phone.slice(-4)}`;
  const password = `xs${phone.slice(-6)}Pw`;

  await test.step('/ sends a visitor to the login page, which links to 注册', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await page.getByRole('link', { name: '立即注册' }).click();
    await expect(page).toHaveURL(/\/register$/);
  });

  await test.step('register with a code from the development inbox', async () => {
    const form = page.locator('form#register');
    await form.getByLabel('手机号').fill(phone);
    const code = await requestSmsCode(request, form, phone, 'register');
    await expect(page.getByTestId('dev-sms-code')).toContainText(`开发环境验证码：${code}`);

    await form.getByLabel('验证码').fill(code);
    await form.getByLabel('密码', { exact: true }).fill(password);
    await form.getByLabel('确认密码').fill(password);
    await form.getByLabel('身份').click();
    await page.locator('.ant-select-item-option[title="老师"]').click();
    await form.getByLabel('昵称').fill(nickname);
    await form.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await form.getByRole('button', { name: /注\s*册/ }).click();
  });

  await test.step('lands on 我的, signed in', async () => {
    await expectOnMePage(page, nickname, phone);
    await expect(page.getByText('老师').first()).toBeVisible();
    // Nothing may stick out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(testInfo.project.outputDir, 'me-phone.png'), fullPage: true });
  });

  await test.step('signs out and back in with the password', async () => {
    await signOut(page);
    const panel = page.getByRole('tabpanel', { name: '密码登录' });
    await panel.getByLabel('手机号').fill(phone);
    await panel.getByLabel('密码').fill(password);
    await panel.getByRole('button', { name: /登\s*录/ }).click();
    await expectOnMePage(page, nickname, phone);
  });

  await test.step('keeps the refresh token out of scripts\' reach: an HttpOnly cookie, nothing in web storage', async () => {
    const cookie = (await page.context().cookies()).find((c) => c.name === 'xueshi_refresh');
    expect(cookie, 'the refresh cookie is set').toBeDefined();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/refresh/i);
    expect(stored).not.toContain(cookie!.value);
    expect(await page.evaluate(() => document.cookie)).not.toContain('xueshi_refresh');
  });

  await test.step('stays signed in across a reload, restored silently through the cookie', async () => {
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/tokens/refresh'));
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await expectOnMePage(page, nickname, phone);
    // The access token lives in memory only, so the reload found none in storage either.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toMatch(/eyJ/);
  });

  await test.step('signs out and back in with an SMS code', async () => {
    await signOut(page);
    // The registration code was sent moments ago and a phone gets one code a minute: the server's test
    // clock moves past that minute instead of the test waiting it out.
    await advanceServerClock(page, 61);
    await page.getByRole('tab', { name: '验证码登录' }).click();
    const panel = page.getByRole('tabpanel', { name: '验证码登录' });
    await panel.getByLabel('手机号').fill(phone);
    const code = await requestSmsCode(request, panel, phone, 'signIn');
    await panel.getByLabel('验证码').fill(code);
    await panel.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await panel.getByRole('button', { name: /登\s*录/ }).click();
    await expectOnMePage(page, nickname, phone);
  });
});

test('a wrong password is refused with the server message and no session', async ({ page }) => {
  await page.goto('/login');
  const panel = page.getByRole('tabpanel', { name: '密码登录' });
  await panel.getByLabel('手机号').fill(randomPhone());
  await panel.getByLabel('密码').fill('wrong12345');
  await panel.getByRole('button', { name: /登\s*录/ }).click();

  await expect(panel.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  expect(await page.evaluate(() => localStorage.getItem('xueshi.auth'))).toBeNull();
  expect((await page.context().cookies()).some((c) => c.name === 'xueshi_refresh')).toBe(false);
});
