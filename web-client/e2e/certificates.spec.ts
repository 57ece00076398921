import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import {
  DEMO,
  DEMO_PASSWORD,
  DEMO_PLAIN_VIDEO,
  DEMO_QUIZ_VIDEO,
  expectNoSidewaysScroll,
  PHONE_WIDTH,
  randomResidentId,
  signIn,
  signInNewEnrolledTeacher,
  signOut,
  watchDemoVideoFromProgress,
} from './helpers';

// 电子学习证书, end to end: a teacher of this spec's own completes 演示专题 (its certificates are issued from its
// first day), is verified by the demo school's admin, previews and claims the certificate (确认正确), downloads
// the PDF and checks it on the public page signed out (有效). Then the data correction of 证书防伪: the teacher
// leaves the school, corrects the name and is verified again; the server voids the old certificate and issues
// a new one, so the old serial's page says 已作废 and leads to the new one, which is 有效.
// The school's decisions and the teacher's profile go through the API: their pages have their own specs.

async function ok(what: string, response: APIResponse) {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.status() === 204 ? undefined : response.json();
}

/** An API caller signed in as `phone`, apart from the browser's session (its own context, its own token). */
async function apiAs(request: APIRequestContext, phone: string, password: string) {
  const { accessToken } = await ok(`sign in ${phone}`, await request.post('/api/v1/auth/tokens', { data: { phone, password } }));
  const headers = { Authorization: `Bearer ${accessToken}` };
  return {
    get: async (url: string) => ok(`GET ${url}`, await request.get(url, { headers })),
    put: async (url: string, data: unknown) => ok(`PUT ${url}`, await request.put(url, { headers, data })),
    post: async (url: string, data: unknown) => ok(`POST ${url}`, await request.post(url, { headers, data })),
    delete: async (url: string) => ok(`DELETE ${url}`, await request.delete(url, { headers })),
  };
}
type Api = Awaited<ReturnType<typeof apiAs>>;

interface Option {
  value: string;
}

/** 个人信息 complete, at the demo school (whose admin is 13800000011): submitting it puts the teacher in the school's queue. */
async function saveProfile(teacher: Api, schoolId: string, realName: string, idNumber: string) {
  const options = (await teacher.get('/api/v1/profile-options')) as Record<string, Option[]>;
  const first = (list: string) => options[list][0].value;
  await teacher.put('/api/v1/me/profile', {
    realName,
    idType: 'residentId',
    idNumber,
    gender: 'male',
    ethnicity: first('ethnicities'),
    politicalStatus: first('politicalStatuses'),
    education: first('educations'),
    teacherType: first('teacherTypes'),
    schoolId,
    stage: first('stages'),
    subject: first('subjects'),
    title: first('titles'),
    isPsychologyTeacher: false,
    isHeadTeacher: false,
  });
}

async function approve(admin: Api, schoolId: string, accountId: string) {
  const results = (await admin.post(`/api/v1/schools/${schoolId}/verifications`, { accountIds: [accountId], decision: 'approve' })) as {
    results: { accountId: string; outcome: string }[];
  };
  expect(results.results).toEqual([expect.objectContaining({ accountId, outcome: 'approved' })]);
}

interface Issued {
  serial: string;
  verificationCode: string;
  status: string;
  holderName: string;
}

const verifyPath = (c: Pick<Issued, 'serial' | 'verificationCode'>) =>
  `/verify?serial=${encodeURIComponent(c.serial)}&code=${encodeURIComponent(c.verificationCode)}`;

async function expectNoSidewaysScrollAt(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('a verified teacher claims the demo program\'s certificate, downloads it, anyone verifies it; after a data correction the old one is void and leads to the new one', async ({ page, request }, testInfo) => {
  // Two videos watched at 2×, a claim, a download, a correction and three pages checked by axe.
  test.setTimeout(300_000);
  const { phone, password, programId } = await signInNewEnrolledTeacher(page);
  const teacher = await apiAs(request, phone, password);
  const admin = await apiAs(request, DEMO.schoolAdmin, DEMO_PASSWORD);
  const { accountId } = (await teacher.get('/api/v1/me')) as { accountId: string };
  const { schools } = (await admin.get('/api/v1/me/admin-scopes')) as { schools: { id: string }[] };
  const schoolId = schools[0].id;
  const idNumber = randomResidentId('male');
  const area = page.getByTestId('certificate-area');
  const screenshot = (name: string) => page.screenshot({ path: path.join(testInfo.project.outputDir, name), fullPage: true });

  await test.step('the teacher completes 平台学习规则入门 (both videos, the quiz answered)', async () => {
    await page.goto(`/programs/${programId}/progress`);
    await watchDemoVideoFromProgress(page, programId, DEMO_PLAIN_VIDEO);
    await watchDemoVideoFromProgress(page, programId, DEMO_QUIZ_VIDEO);
  });

  await test.step('not verified yet: the program page says why the certificate cannot be claimed, in words', async () => {
    await page.goto(`/programs/${programId}`);
    await expect(area.getByRole('heading', { name: '电子学习证书' })).toBeVisible();
    const reason = area.getByTestId('certificate-unmet').locator('li[data-code="certificates.not_verified"]');
    await expect(reason).toContainText('尚未通过学校管理员审核');
    await expect(area.getByRole('button', { name: '领取证书' })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '专题页（证书：未满足条件）');
    await screenshot('certificate-unmet-phone.png');
  });

  await test.step('the teacher completes 个人信息 at the demo school and its admin approves', async () => {
    await saveProfile(teacher, schoolId, '陈晓明', idNumber);
    await approve(admin, schoolId, accountId);
  });

  const claimed = await test.step('领取证书: the preview with the masked data and the warning, then 确认正确', async () => {
    await page.reload();
    await area.getByRole('button', { name: '领取证书' }).click();
    const dialog = page.getByRole('dialog', { name: '证书预览' });
    await expect(dialog.getByTestId('preview-warning')).toContainText('一旦点击“确认正确”，证书信息将不可更改');
    await expect(dialog.getByTestId('certificate-holder')).toHaveText('陈**');
    await expect(dialog.getByTestId('certificate-id-number')).toContainText('*');
    await expect(dialog.getByTestId('certificate-id-number')).not.toContainText(idNumber.slice(6, 14));
    await expect(dialog.getByTestId('certificate-hours')).toHaveText('1');
    await expect(dialog.getByTestId('certificate-program')).toContainText('平台学习规则入门');
    await expect(dialog.getByRole('button', { name: /取\s*消/ })).toBeVisible();
    await expectAccessible(page, '证书预览');
    await screenshot('certificate-preview-phone.png');

    await dialog.getByRole('button', { name: '确认正确' }).click();
    await expect(dialog).toBeHidden();
    await expect(area.getByTestId('certificate-status')).toHaveText('有效');
    await expect(area.getByTestId('certificate-hours')).toHaveText('1');
    const serial = (await area.getByTestId('certificate-serial').innerText()).trim();
    const verificationCode = (await area.getByTestId('certificate-code').innerText()).trim();
    expect(serial).toMatch(/^XS-/);
    await expectNoSidewaysScroll(page);
    await screenshot('certificate-claimed-phone.png');
    return { serial, verificationCode };
  });

  await test.step('下载证书: a PDF named 电子学习证书-{serial}.pdf', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), area.getByRole('button', { name: /下载证书/ }).click()]);
    expect(download.suggestedFilename()).toBe(`电子学习证书-${claimed.serial}.pdf`);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  await test.step('我的证书 lists it, valid, with its verification page', async () => {
    await page.goto('/me');
    await page.getByRole('link', { name: '我的证书' }).click();
    await expect(page).toHaveURL(/\/me\/certificates$/);
    const card = page.getByTestId('certificate-card');
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute('data-serial', claimed.serial);
    await expect(card.getByTestId('certificate-status')).toHaveText('有效');
    await expect(card.getByTestId('certificate-verify-link')).toHaveAttribute('href', verifyPath(claimed));
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '我的证书');
  });

  await test.step('anyone, signed out, opens the QR code\'s address and sees 有效', async () => {
    await signOut(page);
    await page.goto(verifyPath(claimed));
    await expect(page.getByTestId('verify-status')).toHaveText('有效');
    await expect(page.getByTestId('certificate-holder')).toHaveText('陈**');
    await expect(page.getByTestId('certificate-hours')).toHaveText('1');
    await expect(page.getByLabel('证书编号')).toHaveValue(claimed.serial);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '证书验证（有效）');
  });

  const reissued = await test.step('the correction: the teacher leaves the school, corrects the name, the school verifies again; the server reissues', async () => {
    await teacher.delete('/api/v1/me/profile/school');
    await saveProfile(teacher, schoolId, '林晓明', idNumber);
    await approve(admin, schoolId, accountId);
    // The reissue runs from the outbox, within about a second.
    let mine: Issued[] = [];
    await expect
      .poll(async () => {
        mine = (await teacher.get('/api/v1/me/certificates')) as Issued[];
        return mine.map((c) => c.status);
      }, { timeout: 20_000 })
      .toEqual(['valid', 'void']);
    expect(mine[1].serial).toBe(claimed.serial);
    expect(mine[0].holderName).toBe('林**');
    return mine[0];
  });

  await test.step('the old serial\'s page says 已作废 and leads to the new certificate, which is 有效', async () => {
    await page.goto(verifyPath(claimed));
    await expect(page.getByTestId('verify-status')).toHaveText('已作废');
    await expect(page.getByTestId('verify-verdict')).toContainText(/已于\d{4}年\d{1,2}月\d{1,2}日作废/);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '证书验证（已作废）');
    await screenshot('certificate-void-phone.png');

    await page.getByRole('link', { name: `查看新证书 ${reissued.serial}` }).click();
    await expect(page).toHaveURL(new RegExp(`serial=${reissued.serial}`));
    await expect(page.getByTestId('verify-status')).toHaveText('有效');
    await expect(page.getByTestId('certificate-holder')).toHaveText('林**');

    // A school checking it on a computer.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoSidewaysScrollAt(page, 1280);
    await expectAccessible(page, '证书验证（有效，电脑）');
    await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  });

  await test.step('我的证书: the old one 已作废 with the new one named, only the new one to download', async () => {
    await signIn(page, phone, password);
    await page.goto('/me/certificates');
    const cards = page.getByTestId('certificate-card');
    await expect(cards).toHaveCount(2);
    const card = (serial: string) => page.locator(`[data-testid="certificate-card"][data-serial="${serial}"]`);
    const fresh = card(reissued.serial);
    const old = card(claimed.serial);
    await expect(old.getByTestId('certificate-status')).toHaveText('已作废');
    await expect(old.getByTestId('certificate-replacement')).toHaveText(reissued.serial);
    await expect(old.getByRole('button', { name: /下载证书/ })).toHaveCount(0);
    await expect(fresh.getByRole('button', { name: /下载证书/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '我的证书（含已作废）');
    await screenshot('my-certificates-phone.png');
  });
});
