import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { requestSmsCode } from './devInbox';
import { expectNoSidewaysScroll } from './helpers';

const DEMO_PROGRAM = /演示专题/;

function randomPhone(): string {
  return '137' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
}

test('a new teacher finds the demo program, enrolls, and opens a course outline', async ({ page, request }) => {
  const phone = randomPhone();
  const password = `xs${phone.slice(-6)}Pw`;

  await test.step('register a fresh teacher (so the enrollment is new)', async () => {
    await page.goto('/register');
    const form = page.locator('form#register');
    await form.getByLabel('手机号').fill(phone);
    const code = await requestSmsCode(request, form, phone, 'register');
    await form.getByLabel('验证码').fill(code);
    await form.getByLabel('密码', { exact: true }).fill(password);
    await form.getByLabel('确认密码').fill(password);
    await form.getByLabel('身份').click();
    await page.locator('.ant-select-item-option[title="老师"]').click();
    await form.getByLabel('昵称').fill(`培训${phone.slice(-4)}`);
    await form.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await form.getByRole('button', { name: /注\s*册/ }).click();
    await expect(page).toHaveURL(/\/me$/);
  });

  await test.step('培训 lists the demo program under 进行中', async () => {
    await page.getByRole('link', { name: '培训', exact: true }).first().click();
    await expect(page).toHaveURL(/\/programs$/);
    await expect(page.getByRole('tab', { name: '进行中' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('link', { name: DEMO_PROGRAM })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '培训 (进行中)');
    await page.getByRole('tab', { name: '已结束' }).click();
    await expect(page.getByRole('link', { name: /2023年/ }).first()).toBeVisible();
    await page.getByRole('tab', { name: '进行中' }).click();
  });

  await test.step('the program page shows its window and courses; 立即报名 opens the checking dialog', async () => {
    await page.getByRole('link', { name: DEMO_PROGRAM }).click();
    await expect(page).toHaveURL(/\/programs\/[0-9a-f-]+$/);
    await expect(page.getByText('学习时间')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '专题页');
    await page.getByRole('button', { name: '立即报名' }).click();
    const dialog = page.getByRole('dialog', { name: '报名' });
    await expect(dialog.getByText('报名时请注意核实个人信息')).toBeVisible();
    // A fresh account has an empty profile: it may enroll, and is told credit waits for it.
    await expect(dialog.getByTestId('enroll-missing')).toContainText('请完善个人信息后再进入学习');
    await expect(dialog.getByRole('link', { name: '去完善个人信息' })).toBeVisible();
    await expectAccessible(page, '报名对话框');
    await dialog.getByRole('button', { name: '确认报名' }).click();
    await expect(dialog.getByTestId('enroll-done')).toHaveText('报名成功');
    await dialog.getByRole('button', { name: '开始学习' }).click();
    await expect(page.getByTestId('my-enrollment')).toHaveText('已报名');
  });

  await test.step('a course page shows its outline, lecturers and 开始学习', async () => {
    await page.locator('.ant-list-item-meta-title a').first().click();
    await expect(page).toHaveURL(/\/programs\/[0-9a-f-]+\/courses\/[0-9a-f-]+$/);
    await expect(page.getByText('课程目录')).toBeVisible();
    await expect(page.getByTestId('course-outline').first().locator('.ant-list-item').first()).toBeVisible();
    await expect(page.getByTestId('course-learners')).toContainText('已学');
    await expect(page.getByRole('heading', { name: /课程评价/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '课程页');
    await page.getByRole('link', { name: '开始学习' }).click();
    await expect(page).toHaveURL(/\/resources\/[0-9a-f-]+$/);
    // The new account's profile is empty: it may study, and is told what to complete (问题 9).
    await expect(page.getByTestId('missing-profile')).toContainText('去完善个人信息');
  });

  await test.step('我的培训 lists the program', async () => {
    await page.goto('/me/programs');
    await expect(page.getByRole('link', { name: DEMO_PROGRAM })).toBeVisible();
    await expectAccessible(page, '我的培训');
  });
});
