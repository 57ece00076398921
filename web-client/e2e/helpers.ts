import { expect, type Locator, type Page, type Response } from '@playwright/test';

export const DEMO_PASSWORD = 'Xueshi2026';
export const DEMO = {
  approvedTeacher: '13800000001', // 张老师
  pendingTeacher: '13800000002', // 李老师, complete profile, pending at the demo primary school
  schoolAdmin: '13800000011', // admin of that school
} as const;

/** The school the new teacher looks for in the chosen county; override when the demo data differs. */
export const SCHOOL_QUERY = process.env.XUESHI_E2E_SCHOOL_QUERY ?? '小学';

export const PHONE_WIDTH = 390;

export async function signIn(page: Page, phone: string, password: string) {
  await page.goto('/login');
  const panel = page.getByRole('tabpanel', { name: '密码登录' });
  await panel.getByLabel('手机号').fill(phone);
  await panel.getByLabel('密码').fill(password);
  await panel.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/me$/);
}

export async function signOut(page: Page) {
  await page.goto('/me');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

export async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_WIDTH);
}

/** A valid resident ID number (GB 11643) no other run has used, of the given gender. */
export function randomResidentId(gender: 'male' | 'female'): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const seq = String(Math.floor(Math.random() * 50) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const birth = `19${String(70 + Math.floor(Math.random() * 25))}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 9)}`;
  const first17 = `110105${birth}${seq}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return first17 + '10X98765432'[sum % 11];
}

export function formItem(page: Page, label: string): Locator {
  return page.locator('.ant-form-item').filter({ has: page.locator('.ant-form-item-label label', { hasText: label }) });
}

/** Opens the antd Select labelled `label` and picks the option titled `title`, or the first one. */
export async function choose(page: Page, label: string, title?: string) {
  // The selector box, not the inner input: once a value is chosen its label covers the input.
  await formItem(page, label).locator('.ant-select-selector').first().click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const option = title ? dropdown.locator(`.ant-select-item-option[title="${title}"]`) : dropdown.locator('.ant-select-item-option').first();
  await option.click();
  await expect(dropdown).toBeHidden();
}

export async function chooseYesNo(page: Page, label: string, answer: '是' | '否') {
  await formItem(page, label).getByText(answer, { exact: true }).click();
}

/** Province → city → county, taking the first region at each level; the county is returned. */
export async function pickFirstCounty(page: Page): Promise<string> {
  await page.locator('.school-picker__regions').click();
  const menus = page.locator('.school-picker__popup .ant-cascader-menu');
  const names: string[] = [];
  for (let level = 0; level < 3; level++) {
    const item = menus.nth(level).locator('.ant-cascader-menu-item').first();
    await expect(item).toBeVisible();
    names.push((await item.innerText()).trim());
    await item.click();
  }
  return names.join(' / ');
}

export const DEMO_PROGRAM_TITLE = '演示专题：平台学习规则体验';

/**
 * A teacher of this spec's own, registered and enrolled in the demo program through the API (the
 * registration and enrollment pages have their own specs), so a spec does not depend on what
 * others did with 张老师's progress. Signs the page in through the login form.
 */
export async function signInNewEnrolledTeacher(page: Page): Promise<{ phone: string; password: string; programId: string }> {
  const request = page.request;
  const phone = '139' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  const password = `xs${phone.slice(-6)}Pw`;
  const ok = async (what: string, response: Awaited<ReturnType<typeof request.get>>) => {
    expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
    return response.json();
  };

  await ok('sms code', await request.post('/api/v1/auth/sms-codes', { data: { phone, purpose: 'register' } }));
  const messages = (await ok('sms inbox', await request.get(`/api/v1/dev/sms-messages?phone=${phone}`))) as { purpose: string; code: string }[];
  const smsCode = messages.find((m) => m.purpose.toLowerCase() === 'register')!.code;
  const documents = (await ok('legal documents', await request.get('/api/v1/legal-documents'))) as { kind: string; version: number }[];
  const version = (kind: string) => Math.max(...documents.filter((d) => d.kind === kind).map((d) => d.version));
  await ok(
    'register',
    await request.post('/api/v1/accounts', {
      data: {
        phone,
        smsCode,
        password,
        identity: 'teacher',
        nickname: `播放${phone.slice(-4)}`,
        userAgreementVersion: version('userAgreement'),
        privacyPolicyVersion: version('privacyPolicy'),
      },
    }),
  );
  const tokens = (await ok('sign in', await request.post('/api/v1/auth/tokens', { data: { phone, password } }))) as { accessToken: string };
  const headers = { Authorization: `Bearer ${tokens.accessToken}` };
  const programs = (await ok('programs', await request.get('/api/v1/programs?pageSize=50', { headers }))) as { items: { id: string; title: string }[] };
  const programId = programs.items.find((p) => p.title === DEMO_PROGRAM_TITLE)!.id;
  await ok('enroll', await request.post(`/api/v1/programs/${programId}/enrollment`, { headers }));

  await signIn(page, phone, password);
  return { phone, password, programId };
}

// 演示专题's rules (the demo rule set): 平台学习规则入门 credits 1 学时, 0.5 for each of its two videos, the
// second only with its quiz done. 第1节 is a 24 s video; 第2节 a 30 s one with a quiz at 20 s. At 2× both take ~30 s.
export const DEMO_COURSE = '平台学习规则入门';
export const DEMO_PLAIN_VIDEO = '第1节 专题与课程';
export const DEMO_QUIZ_VIDEO = '第2节 视频与测试题';

/**
 * From the progress page (查看学习进度), opens a video of 平台学习规则入门 by its own link, plays it at 2× to
 * the end (answering the quiz on the way), and comes back to the progress page.
 */
export async function watchDemoVideoFromProgress(page: Page, programId: string, title: string) {
  const video = page.getByTestId('player-video');
  await page.getByRole('link', { name: `学习 ${title}` }).click();
  await expect(video).toBeVisible();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  await page.locator('.player__rates').getByText('2×', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();
  await video.evaluate((v: HTMLVideoElement) => v.play());
  if (title === DEMO_QUIZ_VIDEO) {
    const dialog = page.getByRole('dialog', { name: '视频测试题' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await dialog.getByText('完整观看视频，并完成视频结尾的测试题', { exact: true }).click();
    await dialog.getByText('正确', { exact: true }).click();
    await dialog.getByRole('button', { name: '提交答案' }).click();
    await expect(dialog.getByTestId('quiz-result')).toContainText('测试已完成');
    await dialog.getByRole('button', { name: '继续观看' }).click();
  }
  await expect(page.getByTestId('resource-state')).toHaveText('已完成', { timeout: 40_000 });
  await page.goto(`/programs/${programId}/progress`);
}

/** The Host's test clock (Development only): moves server time on; always reset it afterwards. */
export async function advanceServerClock(page: Page, seconds: number) {
  const response = await page.request.put('/api/v1/dev/clock', { data: { advanceSeconds: seconds } });
  expect(response.ok(), 'the Development Host offers the test clock').toBe(true);
}

export async function resetServerClock(page: Page) {
  await page.request.delete('/api/v1/dev/clock');
}

/** A heartbeat as the page sent it and the server answered it (keepalive ones included). */
export interface SeenHeartbeat {
  playbackId: string;
  event: string;
  sequence: number;
  status: number;
  /** The answer's body: HeartbeatAccepted on 200, ProblemDetails otherwise. */
  answer: {
    credited?: boolean;
    positionSeconds?: number;
    code?: string;
    retryAfterSeconds?: number;
    progress?: { state: string; watchedSeconds: number; readingSeconds: number; studySeconds: number };
  };
}

/**
 * Resolves with the first heartbeat answered from now on that `match` accepts: the server's own
 * answer, read off the wire (nothing is faked).
 */
export function nextHeartbeat(page: Page, match: (h: SeenHeartbeat) => boolean, timeout = 20_000): Promise<SeenHeartbeat> {
  return new Promise((resolve, reject) => {
    const onResponse = async (response: Response) => {
      const request = response.request();
      const url = /\/api\/v1\/playbacks\/([^/]+)\/heartbeats$/.exec(request.url());
      if (request.method() !== 'POST' || !url) return;
      const body = request.postDataJSON() as { event: string; sequence: number };
      const answer = (await response.json().catch(() => ({}))) as SeenHeartbeat['answer'];
      const seen = { playbackId: url[1], event: body.event, sequence: body.sequence, status: response.status(), answer };
      if (!match(seen)) return;
      clearTimeout(timer);
      page.off('response', onResponse);
      resolve(seen);
    };
    const timer = setTimeout(() => {
      page.off('response', onResponse);
      reject(new Error('no heartbeat answered as expected'));
    }, timeout);
    page.on('response', onResponse);
  });
}
