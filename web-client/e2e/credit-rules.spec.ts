import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import {
  DEMO_PASSWORD,
  DEMO_PLAIN_VIDEO,
  DEMO_QUIZ_VIDEO,
  expectNoSidewaysScroll,
  signIn,
  signInNewEnrolledTeacher,
  watchDemoVideoFromProgress,
} from './helpers';

// 学时认定: the teacher's progress page (查看学习进度) turning from red to blue in the demo program, and the
// operator's rule editor refusing a contradictory rule set, then saving and publishing a valid one, on a
// program of its own (so the demo program's rules, which other specs rely on, are never changed).

const OPERATOR = '13800000015';
const COURSE = '平台学习规则入门';

async function ok(what: string, response: APIResponse) {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function accessToken(page: Page): Promise<string> {
  // The SPA keeps the access token in memory only: ask for one through the refresh cookie the browser holds.
  return (await ok('refresh', await page.request.post('/api/v1/auth/tokens/refresh', { data: { refreshTokenInCookie: true } }))).accessToken;
}

function chinaDate(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A draft program with one course and one text resource, made through the API: the editor is what is tested here. */
async function createProgram(page: Page): Promise<{ programId: string; title: string; courseTitle: string }> {
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  const suffix = String(Date.now() % 100000);
  const title = `学时规则演练${suffix}`;
  const courseTitle = `规则演练课程${suffix}`;
  const program = await ok('program', await page.request.post('/api/v1/admin/programs', {
    headers, data: { title, audience: 'basicEducation', startsOn: chinaDate(-1), endsOn: chinaDate(30) },
  }));
  let course = await ok('course', await page.request.post('/api/v1/admin/courses', { headers, data: { title: courseTitle } }));
  course = await ok('chapter', await page.request.post(`/api/v1/admin/courses/${course.id}/chapters`, {
    headers: { ...headers, 'If-Match': `"${course.revision}"` }, data: { title: '第一章' },
  }));
  await ok('resource', await page.request.post(`/api/v1/admin/courses/${course.id}/resources`, {
    headers: { ...headers, 'If-Match': `"${course.revision}"` },
    data: { chapterId: course.chapters[0].id, title: '第1节 阅读', kind: 'text', isExtension: false, textBody: '<p>阅读材料</p>', minReadingSeconds: 30, studyMinutes: 45 },
  }));
  await ok('attach', await page.request.post(`/api/v1/admin/programs/${program.id}/courses`, {
    headers: { ...headers, 'If-Match': `"${program.revision}"` }, data: { courseId: course.id },
  }));
  return { programId: program.id, title, courseTitle };
}

test('an operator is told where a contradictory rule set is wrong, then saves and publishes a valid one and reads it in the history', async ({ page }) => {
  await signIn(page, OPERATOR, DEMO_PASSWORD);
  const { programId, courseTitle } = await createProgram(page);

  await page.goto(`/admin/catalog/programs/${programId}`);
  await page.getByTestId('credit-rules-link').click();
  await expect(page).toHaveURL(new RegExp(`/admin/catalog/programs/${programId}/credit-rules$`));
  const card = page.getByTestId('course-rule').filter({ hasText: courseTitle });
  await expect(card).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, '学时认定规则');

  await test.step('a role requirement asking more hours than it credits is refused on that requirement', async () => {
    await page.getByLabel('结业须认定').fill('1');
    await card.getByLabel('认定学时（须获得）').fill('1');
    await card.getByLabel('最多认定（留空不设上限）').fill('1');
    await card.getByLabel('每个资源默认认定').fill('1');
    await page.getByRole('button', { name: '添加身份要求' }).click();
    const role = page.getByTestId('role-requirement');
    await role.locator('.ant-select-selector').click();
    await page.locator('.ant-select-item-option', { hasText: '心理健康教育专兼职教师' }).click();
    await role.getByLabel('至少完成').fill('1');
    await role.getByLabel('至少认定').fill('20');
    await role.getByLabel('最多认定').fill('10');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByTestId('rule-problems')).toBeVisible();
    await expect(role.locator('.ant-form-item-explain-error').first()).toBeVisible();
    await expectAccessible(page, '学时认定规则（字段错误）');
  });

  await test.step('without it the rule set saves as a draft and publishes as version 1', async () => {
    await page.getByRole('button', { name: '删除身份要求 1' }).click();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByTestId('rules-draft')).toHaveText('第 1 版草稿');
    await page.getByRole('button', { name: /发\s*布/ }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /发\s*布/ }).click();
    await expect(page.getByTestId('rules-published')).toHaveText('第 1 版已发布');
    await expect(page.getByTestId('rules-draft')).toHaveCount(0);
  });

  await test.step('the history lists the version and shows what it says', async () => {
    const item = page.getByTestId('rule-version-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('已发布');
    await page.getByRole('button', { name: '查看第 1 版' }).click();
    const version = page.getByTestId('rule-version');
    await expect(version).toContainText(courseTitle);
    await expect(version).toContainText('认定 1 学时，最多 1 学时；按资源：每个资源 1 学时');
    await expectAccessible(page, '认定规则版本');
  });
});

// 演示专题's rules: 0.5 学时 for each of the two videos (DEMO_PLAIN_VIDEO, DEMO_QUIZ_VIDEO in helpers.ts).
test('a teacher sees 平台学习规则入门 red with the unwatched video named, and blue with 已达标 once both videos are watched', async ({ page }) => {
  const { programId } = await signInNewEnrolledTeacher(page);
  const courseCard = page.getByTestId('course-credit').filter({ has: page.getByText(COURSE, { exact: true }) });
  const credited = courseCard.getByTestId('course-credited');
  const why = page.getByTestId('credit-why');

  await test.step('查看学习进度 from the program page: red, 未达标, and the reasons', async () => {
    await page.goto(`/programs/${programId}`);
    await page.getByTestId('program-progress-link').click();
    await expect(page).toHaveURL(new RegExp(`/programs/${programId}/progress$`));
    await expect(credited).toHaveClass(/credit-figure--short/);
    await expect(credited).toHaveText('0');
    await expect(courseCard.getByTestId('course-credited-verdict')).toHaveText('（未达标）');
    await expect(why).toContainText(`${COURSE} · ${DEMO_PLAIN_VIDEO}`);
    await expect(why).toContainText(`${COURSE} · ${DEMO_QUIZ_VIDEO}`);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '学习进度（未达标）');
  });

  await test.step('one video watched: 0.5 学时, still red, and only the other video is named', async () => {
    await watchDemoVideoFromProgress(page, programId, DEMO_PLAIN_VIDEO);
    await expect(credited).toHaveText('0.5');
    await expect(credited).toHaveClass(/credit-figure--short/);
    await expect(why).not.toContainText(`${COURSE} · ${DEMO_PLAIN_VIDEO}`);
    await expect(why).toContainText(`${COURSE} · ${DEMO_QUIZ_VIDEO}`);
  });

  await test.step('the last needed video watched with its quiz: 1 学时, blue, 已达标', async () => {
    await watchDemoVideoFromProgress(page, programId, DEMO_QUIZ_VIDEO);
    await expect(credited).toHaveText('1');
    await expect(credited).toHaveClass(/credit-figure--met/);
    await expect(credited).toHaveCSS('color', 'rgb(11, 87, 208)');
    await expect(courseCard.getByTestId('course-credited-verdict')).toHaveText('（已达标）');
    await expect(page.getByTestId('program-credited')).toHaveClass(/credit-figure--met/);
    // The hours wait for the school's verification: 待认定 says so, in words.
    await expect(page.getByTestId('credit-status')).toHaveText('待认定');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '学习进度（已达标）');
  });
});
