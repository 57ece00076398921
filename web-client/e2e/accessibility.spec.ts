import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { devSmsMessages, requestSmsCode } from './devInbox';
import { DEMO, DEMO_PASSWORD, formItem, pickFirstCounty, randomResidentId, SCHOOL_QUERY, signIn } from './helpers';

// Every page of the SPA, for each role that sees it, in the states a user meets: empty, showing
// validation errors, with a dialog or a dropdown open. Each state must have no serious or critical
// WCAG 2.1 AA finding (see axe.ts). Nothing here changes the demo data the other specs rely on.

const ACCOUNTS = {
  verifiedTeacher: DEMO.approvedTeacher,
  pendingTeacher: DEMO.pendingTeacher,
  student: '13800000017',
  schoolAdmin: DEMO.schoolAdmin,
  countyAdmin: '13800000012',
  operator: '13800000015',
  support: '13800000016',
} as const;

function randomPhone(): string {
  return '139' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
}

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** Submits the form with nothing filled in, and waits for its field errors. */
async function submitEmpty(page: Page, button: RegExp) {
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
}

async function openSelect(page: Page, label: string) {
  // The selector box, not the inner input: once a value is chosen its label covers the input.
  await formItem(page, label).locator('.ant-select-selector').first().click();
  await expect(openDropdown(page)).toBeVisible();
}

async function closeDialog(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** A pending 换绑 request for the support queue, made the way a visitor would (SMS code from the dev inbox). */
async function submitRebindRequest(request: APIRequestContext) {
  const newPhone = randomPhone();
  const sms = await request.post('/api/v1/auth/sms-codes', { data: { phone: newPhone, purpose: 'rebindNewPhone' } });
  expect(sms.ok(), await sms.text()).toBeTruthy();
  const code = (await devSmsMessages(request, newPhone)).find((m) => m.purpose.toLowerCase() === 'rebindnewphone')?.code;
  expect(code).toMatch(/^\d{6}$/);
  // The smallest PNG there is: the server judges the type by the bytes.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const response = await request.post('/api/v1/phone-rebinding-requests', {
    multipart: {
      realName: '赵老师',
      idType: 'residentId',
      idNumber: randomResidentId('male'),
      oldPhone: randomPhone(),
      newPhone,
      newPhoneCode: code!,
      photo: { name: 'id.png', mimeType: 'image/png', buffer: png },
    },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
}

// ---- The states, each a function so the phone and the desktop runs share them ----

async function signInPage(page: Page) {
  await page.goto('/login');
  await expect(page.getByRole('tab', { name: '密码登录' })).toBeVisible();
  await expectAccessible(page, '登录 · 密码登录');
  await submitEmpty(page, /登\s*录/);
  await expectAccessible(page, '登录 · 密码登录, with field errors');
  await page.getByRole('tab', { name: '验证码登录' }).click();
  await expect(page.getByRole('tabpanel', { name: '验证码登录' })).toBeVisible();
  await expectAccessible(page, '登录 · 验证码登录');
  await page.getByRole('tabpanel', { name: '验证码登录' }).getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('tabpanel', { name: '验证码登录' }).locator('.ant-form-item-explain-error').first()).toBeVisible();
  await expectAccessible(page, '登录 · 验证码登录, with field errors');
}

async function registerPage(page: Page) {
  await page.goto('/register');
  await expect(page.locator('form#register')).toBeVisible();
  await expectAccessible(page, '注册');
  await submitEmpty(page, /注\s*册/);
  await expectAccessible(page, '注册, with field errors');
  await openSelect(page, '身份');
  await expectAccessible(page, '注册, 身份 dropdown open');
}

async function meAndProfile(page: Page, who: string) {
  await expect(page.getByTestId('me-nickname')).toBeVisible();
  await expect(page.getByTestId('verification-status')).toBeVisible();
  await expectAccessible(page, `我的 (${who})`);
  await page.getByRole('link', { name: '个人信息' }).click();
  await expect(page.getByRole('button', { name: /保\s*存/ })).toBeVisible();
  await expect(page.getByTestId('verification-status')).toBeVisible();
  await expectAccessible(page, `个人信息 (${who})`);
}

async function schoolAdminPages(page: Page, desktop: boolean) {
  await signIn(page, ACCOUNTS.schoolAdmin, DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: '学校管理（教师认证）' })).toBeVisible();
  await expectAccessible(page, '我的 (school admin, with its console link)');

  await page.getByRole('link', { name: '学校管理（教师认证）' }).click();
  await expect(page.getByTestId('school-name')).toBeVisible();
  // The school's own admin sees the teacher's full name.
  const row = desktop
    ? page.locator('.ant-table-row').filter({ hasText: '李秀英' }).first()
    : page.getByTestId('teacher-card').filter({ hasText: '李秀英' }).first();
  await expect(row).toBeVisible();
  await expectAccessible(page, '学校管理 · 待审核');

  await row.getByRole('checkbox').check();
  await expectAccessible(page, '学校管理 · a teacher selected');
  await page.getByRole('button', { name: /审核不通过（1）/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByRole('dialog').locator('.ant-form-item-explain-error')).toBeVisible();
  await expectAccessible(page, '学校管理 · 审核不通过 dialog, reason missing');
  await closeDialog(page);

  await page.getByRole('button', { name: '修正学校信息' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('学校名称')).not.toHaveValue('');
  await expectAccessible(page, '学校管理 · 修正学校信息 dialog');
  await dialog.getByLabel('学校名称').fill('');
  await expect(dialog.locator('.ant-form-item-explain-error')).toBeVisible();
  await openSelect(page, '学制');
  await expectAccessible(page, '学校管理 · 修正学校信息 dialog, name missing, 学制 open');
  await page.keyboard.press('Escape');
  await closeDialog(page);

  await page.getByRole('button', { name: '从学校移除' }).first().click();
  await expect(page.getByRole('dialog')).toContainText('从学校移除');
  await expectAccessible(page, '学校管理 · 从学校移除 confirmation');
  await closeDialog(page);

  await page.getByRole('tab', { name: /已通过/ }).click();
  await expect(page.getByRole('tab', { name: /已通过/, selected: true })).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page, '学校管理 · 已通过');
}

async function countyAdminPages(page: Page) {
  await signIn(page, ACCOUNTS.countyAdmin, DEMO_PASSWORD);
  await page.getByRole('link', { name: '县区管理（学校目录）' }).click();
  await expect(page.getByTestId('county-school').first()).toBeVisible();
  await expectAccessible(page, '县区管理 · schools');

  await page.getByRole('button', { name: '新增学校' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // A click while the dialog is still zooming in can be lost on a busy machine: click again until the errors show.
  await expect(async () => {
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByRole('dialog').locator('.ant-form-item-explain-error').first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page, '县区管理 · 新增学校 dialog, with field errors');
  await openSelect(page, '学制');
  await expectAccessible(page, '县区管理 · 新增学校 dialog, 学制 open');
  await page.keyboard.press('Escape');
  await closeDialog(page);
}

async function supportPages(page: Page, request: APIRequestContext) {
  await submitRebindRequest(request);
  await signIn(page, ACCOUNTS.support, DEMO_PASSWORD);
  await page.getByRole('link', { name: '客服（手机换绑申请）' }).click();
  await expect(page.getByTestId('rebind-request').first()).toBeVisible();
  await expect(page.getByRole('img', { name: '手持证件照片' }).first()).toBeVisible();
  await expectAccessible(page, '客服 · 换绑申请');

  await page.getByTestId('rebind-request').first().getByRole('button', { name: /驳\s*回/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByRole('dialog').locator('.ant-form-item-explain-error')).toBeVisible();
  await expectAccessible(page, '客服 · 驳回 dialog, reason missing');
  await closeDialog(page);

  await page.getByTestId('rebind-request').first().getByRole('button', { name: /批\s*准/ }).click();
  await expect(page.getByRole('dialog')).toContainText('批准换绑');
  await expectAccessible(page, '客服 · 批准 confirmation');
  await closeDialog(page);
}

// ---- Phone (the project's 390 px viewport) ----

test.describe('on a phone', () => {
  test('anonymous: 登录, 注册, 忘记密码 and the 换绑 request', async ({ page }) => {
    await signInPage(page);
    await registerPage(page);

    await page.goto('/reset-password');
    await expect(page.getByRole('heading', { name: '忘记密码' })).toBeVisible();
    await expectAccessible(page, '忘记密码');
    await submitEmpty(page, /重置密码/);
    await expectAccessible(page, '忘记密码, with field errors');

    await page.goto('/phone-rebinding-request');
    await expect(page.getByRole('heading', { name: '申请手机号换绑' })).toBeVisible();
    await expectAccessible(page, '申请手机号换绑');
    await submitEmpty(page, /提交申请/);
    await expectAccessible(page, '申请手机号换绑, with field errors');
    await openSelect(page, '证件类型');
    await expectAccessible(page, '申请手机号换绑, 证件类型 open');
  });

  test('a new teacher: 注册 with a code, then 我的 and 个人信息 with no school yet', async ({ page, request }) => {
    const phone = randomPhone();
    await page.goto('/register');
    const form = page.locator('form#register');
    await form.getByLabel('手机号').fill(phone);
    await requestSmsCode(request, form, phone, 'register');
    await expect(page.getByTestId('dev-sms-code')).toBeVisible();
    await expectAccessible(page, '注册, code sent (counting down, development code shown)');
    await page.getByTestId('dev-sms-code').getByRole('button', { name: '填入' }).click();
    await form.getByLabel('密码', { exact: true }).fill(`xs${phone.slice(-6)}Pw`);
    await form.getByLabel('确认密码').fill(`xs${phone.slice(-6)}Pw`);
    await form.getByLabel('身份').click();
    await page.locator('.ant-select-item-option[title="老师"]').click();
    await form.getByLabel('昵称').fill(`无障碍${phone.slice(-4)}`);
    await form.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await form.getByRole('button', { name: /注\s*册/ }).click();
    await expect(page.getByTestId('me-incomplete')).toBeVisible();

    await meAndProfile(page, 'new teacher, profile incomplete');
    await expect(page.getByTestId('completeness-banner')).toBeVisible();
    await submitEmpty(page, /保\s*存/);
    await expectAccessible(page, '个人信息 (new teacher), with field errors');
    await openSelect(page, '民族');
    await expectAccessible(page, '个人信息 (new teacher), 民族 open');
    await page.keyboard.press('Escape');

    await pickFirstCounty(page);
    await page.locator('.school-picker__regions').click();
    await expect(page.locator('.school-picker__popup .ant-cascader-menu').first()).toBeVisible();
    await expectAccessible(page, '个人信息 (new teacher), region cascader open');
    await page.keyboard.press('Escape');
    await page.getByLabel('搜索学校').fill(SCHOOL_QUERY);
    await page.getByLabel('搜索学校').press('Enter');
    await expect(page.locator('.school-picker__list .ant-radio-wrapper').first()).toBeVisible();
    await page.locator('.school-picker__list .ant-radio-wrapper').filter({ hasText: '其他（学校不在列表中）' }).click();
    await expect(page.getByTestId('other-school-hint')).toBeVisible();
    await expectAccessible(page, '个人信息 (new teacher), school list, 其他 chosen');
  });

  test('teachers: 我的, 个人信息 verified and pending, 换绑手机, 修改密码, a console they may not open', async ({ page }) => {
    await signIn(page, ACCOUNTS.verifiedTeacher, DEMO_PASSWORD);
    await meAndProfile(page, 'verified teacher');
    await expect(page.getByTestId('school-locked')).toBeVisible();

    await page.goto('/me/phone');
    await expect(page.getByRole('heading', { name: '换绑手机' })).toBeVisible();
    await expectAccessible(page, '换绑手机');
    await page.getByRole('button', { name: /下一步/ }).click();
    await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
    await expectAccessible(page, '换绑手机, code missing');

    await page.goto('/reset-password');
    await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();
    await expectAccessible(page, '修改密码 (signed in)');

    await page.goto('/admin/school');
    await expect(page.getByText('没有权限')).toBeVisible();
    await expectAccessible(page, '没有权限 (teacher on a school console)');

    await page.goto('/me');
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login$/);

    await signIn(page, ACCOUNTS.pendingTeacher, DEMO_PASSWORD);
    await meAndProfile(page, 'pending teacher');
    await expect(page.getByTestId('verification-status')).toContainText('待审核');
    await page.getByRole('button', { name: '删除任教信息' }).click();
    await expect(page.getByRole('dialog')).toContainText('教师认证将失效');
    await expectAccessible(page, '个人信息 (pending teacher), 删除任教信息 confirmation');
    await closeDialog(page);
  });

  test('a student: 我的 with 切换为教师身份, and 个人信息', async ({ page }) => {
    await signIn(page, ACCOUNTS.student, DEMO_PASSWORD);
    await expect(page.getByRole('button', { name: '切换为教师身份' })).toBeVisible();
    await expectAccessible(page, '我的 (student)');
    await page.getByRole('button', { name: '切换为教师身份' }).click();
    await expect(page.getByRole('dialog')).toContainText('学习记录');
    await expectAccessible(page, '我的 (student), 切换为教师身份 dialog');
    await closeDialog(page);
    await page.getByRole('link', { name: '个人信息' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '只有教师身份的账号' })).toBeVisible();
    await expectAccessible(page, '个人信息 (student)');
  });

  test('school admin: the verification queue and its dialogs', async ({ page }) => {
    await schoolAdminPages(page, false);
  });

  test('county admin: the schools and 新增学校', async ({ page }) => {
    await countyAdminPages(page);
  });

  test('support: the 换绑 queue and its dialogs', async ({ page, request }) => {
    await supportPages(page, request);
  });

  test('operator: 我的 and a console it may not open', async ({ page }) => {
    await signIn(page, ACCOUNTS.operator, DEMO_PASSWORD);
    await expect(page.getByTestId('me-nickname')).toBeVisible();
    await expectAccessible(page, '我的 (operator)');
    await page.goto('/support/rebinding');
    await expect(page.getByText('没有权限')).toBeVisible();
    await expectAccessible(page, '没有权限 (operator on the support console)');
  });
});

// ---- A laptop: only what changes at 1280 px ----
// Every page above is the same markup at any width but two: the school admin's queue, which becomes a
// table, and the sign-in page's spacing. Running every state again at 1280 px cost two minutes of each
// CI run and could find nothing the phone run does not.

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('anonymous: 登录', async ({ page }) => {
    await signInPage(page);
  });

  test('school admin: the verification table and its dialogs', async ({ page }) => {
    await schoolAdminPages(page, true);
  });
});
