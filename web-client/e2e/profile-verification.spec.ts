import path from 'node:path';
import { expect, test } from '@playwright/test';
import { requestSmsCode } from './devInbox';
import {
  choose,
  chooseYesNo,
  DEMO,
  DEMO_PASSWORD,
  expectNoSidewaysScroll,
  formItem,
  pickFirstCounty,
  randomResidentId,
  SCHOOL_QUERY,
  signIn,
  signOut,
} from './helpers';

// (b) to (d) build on each other: the admin approves 李老师 (李秀英, who says she is a psychology teacher),
// who then sees the approval and the verified role locked, and undoes it.
test.describe.configure({ mode: 'serial' });

test('(a) a new teacher registers, completes 个人信息 and picks a school through the cascade and search', async ({ page, request }) => {
  const phone = '139' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  const password = `xs${phone.slice(-6)}Pw`;

  await test.step('register as 老师', async () => {
    await page.goto('/register');
    const form = page.locator('form#register');
    await form.getByLabel('手机号').fill(phone);
    const code = await requestSmsCode(request, form, phone, 'register');
    await form.getByLabel('验证码').fill(code);
    await form.getByLabel('密码', { exact: true }).fill(password);
    await form.getByLabel('确认密码').fill(password);
    await form.getByLabel('身份').click();
    await page.locator('.ant-select-item-option[title="老师"]').click();
    await form.getByLabel('昵称').fill(`e2e老师${phone.slice(-4)}`);
    await form.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await form.getByRole('button', { name: /注\s*册/ }).click();
    await expect(page).toHaveURL(/\/me$/);
  });

  await test.step('我的 says the profile is incomplete and links to 个人信息', async () => {
    await expect(page.getByTestId('me-incomplete')).toBeVisible();
    await page.getByRole('link', { name: '个人信息' }).click();
    await expect(page).toHaveURL(/\/me\/profile$/);
    await expect(page.getByTestId('completeness-banner')).toContainText('请完善个人信息后再进入学习，否则无法认定培训学时');
    await expect(page.getByTestId('verification-status')).toContainText('未提交');
  });

  await test.step('基本信息, with the ID check digit checked before saving', async () => {
    const idNumber = randomResidentId('female');
    await page.getByLabel('姓名', { exact: true }).fill('王芳');
    await choose(page, '证件类型', '居民身份证');
    const wrongCheck = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
    await page.getByLabel('证件号码').fill(wrongCheck);
    await page.getByLabel('证件号码').blur();
    await expect(formItem(page, '证件号码')).toContainText('身份证号码校验位不正确，请核对');
    await page.getByLabel('证件号码').fill(idNumber);
    await choose(page, '性别', '男');
    await expect(formItem(page, '性别')).toContainText('性别与身份证号码不一致');
    await choose(page, '性别', '女');
    await expect(formItem(page, '性别')).not.toContainText('性别与身份证号码不一致');
    await choose(page, '民族');
    await choose(page, '政治面貌');
    await choose(page, '最高学历');
  });

  await test.step('任教信息: the school through province → city → county and a search', async () => {
    await choose(page, '教师类型');
    const county = await pickFirstCounty(page);
    await page.getByLabel('搜索学校').fill(SCHOOL_QUERY);
    await page.getByLabel('搜索学校').press('Enter');
    const school = page.locator('.school-picker__list .ant-radio-wrapper').filter({ hasNotText: '其他（学校不在列表中）' }).first();
    await expect(school, `a school matching "${SCHOOL_QUERY}" in ${county}`).toBeVisible();
    await school.click();
    await expect(page.getByTestId('school-current')).toContainText(county.split(' / ')[2]);
    await choose(page, '学段');
    await choose(page, '学科领域');
    await choose(page, '职称');
    await chooseYesNo(page, '是否心理健康教育教师', '否');
    await chooseYesNo(page, '是否担任班主任', '是');
  });

  await test.step('saves: complete, and waiting for the school admin', async () => {
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('个人信息已保存')).toBeVisible();
    await expect(page.getByTestId('completeness-banner')).toBeHidden();
    await expect(page.getByTestId('verification-status')).toContainText('待审核');
    await expectNoSidewaysScroll(page);
  });
});

test('(b) the school admin approves the pending psychology teacher 李老师, seeing who she is', async ({ page }, testInfo) => {
  await signIn(page, DEMO.schoolAdmin, DEMO_PASSWORD);
  await page.getByRole('link', { name: '学校管理（教师认证）' }).click();
  await expect(page).toHaveURL(/\/admin\/school$/);
  await expect(page.getByRole('tab', { name: /待审核（\d+）/ })).toBeVisible();

  const card = page.getByTestId('teacher-card').filter({ hasText: '李秀英' }).first();
  await expect(card).toBeVisible();
  // The school's own admin sees the full name and the ID number to its first 6 and last 4 characters
  // (the demo county is 370102); the phone stays masked.
  await expect(card).toContainText(/370102\*{8}[0-9X]{4}/);
  await expect(card).toContainText('138****0002');
  // The roles are part of what the approval verifies.
  await expect(card.locator('.ant-descriptions-row').filter({ hasText: '心理健康教育教师' })).toContainText('是');
  await expect(page.getByTestId('approval-note')).toContainText('是否心理健康教育教师');
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: path.join(testInfo.project.outputDir, 'admin-queue-phone.png'), fullPage: true });

  await card.getByRole('checkbox').check();
  await page.getByRole('button', { name: /审核通过（1）/ }).click();
  await expect(page.getByText('已通过 1 人')).toBeVisible();
  await page.getByRole('tab', { name: /已通过/ }).click();
  await expect(page.getByTestId('teacher-card').filter({ hasText: '李秀英' }).first()).toBeVisible();
  await signOut(page);
});

test('(c) 李老师 sees 认证通过 and the locked fields, her verified role among them', async ({ page }, testInfo) => {
  await signIn(page, DEMO.pendingTeacher, DEMO_PASSWORD);
  await expect(page.getByTestId('verification-status')).toContainText('认证通过');
  await page.getByRole('link', { name: '个人信息' }).click();

  await expect(page.getByTestId('verification-status')).toContainText('认证通过');
  for (const label of ['姓名', '证件号码']) {
    await expect(page.getByLabel(label, { exact: true })).toBeDisabled();
    await expect(formItem(page, label)).toContainText('认证通过后不可修改，如需修改请先删除任教信息');
  }
  await expect(page.getByTestId('locked-idType')).toBeVisible();
  await expect(page.getByTestId('school-locked')).toBeVisible();
  await expect(page.getByLabel('民族')).toBeEnabled();

  // 是否心理健康教育教师: 是, as verified, and locked like the name.
  for (const [label, answer] of [['是否心理健康教育教师', '是'], ['是否担任班主任', '否']] as const) {
    const item = formItem(page, label);
    await expect(item.getByTestId(/^locked-/)).toBeVisible();
    await expect(item).toContainText('认证通过后不可修改，如需修改请先删除任教信息');
    await expect(item.getByRole('radio', { name: answer })).toBeChecked();
    for (const radio of await item.getByRole('radio').all()) await expect(radio).toBeDisabled();
  }

  // The rest still saves, the verified data riding along unchanged.
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('个人信息已保存')).toBeVisible();
  await expect(page.getByTestId('verification-status')).toContainText('认证通过');
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: path.join(testInfo.project.outputDir, 'profile-phone.png'), fullPage: true });
});

test('(d) 李老师 deletes 任教信息 and the fields unlock', async ({ page }) => {
  await signIn(page, DEMO.pendingTeacher, DEMO_PASSWORD);
  await page.goto('/me/profile');
  await expect(page.getByLabel('姓名', { exact: true })).toBeDisabled();

  await page.getByRole('button', { name: '删除任教信息' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('教师认证将失效');
  await dialog.getByRole('button', { name: /删\s*除/ }).click();

  await expect(page.getByText('任教信息已删除')).toBeVisible();
  await expect(page.getByLabel('姓名', { exact: true })).toBeEnabled();
  await expect(page.getByLabel('证件号码')).toBeEnabled();
  await expect(page.getByTestId('school-locked')).toBeHidden();
  await expect(page.locator('.school-picker__regions')).toBeVisible();
  await expect(page.getByTestId('verification-status')).not.toContainText('认证通过');
  await expect(formItem(page, '是否心理健康教育教师').getByRole('radio', { name: '否' })).toBeEnabled();
});
