import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { DEMO, DEMO_PASSWORD, expectNoSidewaysScroll, signIn } from './helpers';

// 演示专题 (张老师 is enrolled by the demo data): 第1节 is a 24 s video, 第2节 a 30 s video with a
// two-question quiz at 20 s. At 2× the whole of 第2节 takes about 15 s.
const COURSE = '平台学习规则入门';
const PLAIN_VIDEO = '第1节 专题与课程';
const QUIZ_VIDEO = '第2节 视频与测试题';

async function openCourse(page: Page) {
  await page.goto('/programs');
  await page.getByRole('link', { name: /演示专题/ }).click();
  await page.getByRole('link', { name: COURSE }).click();
  await expect(page.getByText('课程目录')).toBeVisible();
}

function outlineRow(page: Page, title: string) {
  return page.getByTestId('outline-resource').filter({ hasText: title });
}

const video = (page: Page) => page.getByTestId('player-video');
const position = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.currentTime);

/** Taps a speed (antd draws each as a button over a hidden radio). */
async function chooseRate(page: Page, label: string) {
  await page.locator('.player__rates').getByText(label, { exact: true }).click();
  await expect(page.getByRole('radio', { name: label })).toBeChecked();
}

/** Play as a user would after a tap (the tap on the speed button gave the page its user activation). */
async function play(page: Page) {
  await video(page).evaluate((v: HTMLVideoElement) => v.play());
}

test('a teacher plays a demo video at 2×, answers its quiz, watches the rest and sees ✓; a skipped part shows as not watched', async ({ page }) => {
  await signIn(page, DEMO.approvedTeacher, DEMO_PASSWORD);

  await test.step('the course outline shows hollow circles before anything is watched', async () => {
    await openCourse(page);
    await expect(outlineRow(page, QUIZ_VIDEO).getByRole('img', { name: '未开始' })).toBeVisible();
    await expect(page.getByTestId('course-study-time')).toContainText('已学习 0分钟');
  });

  await test.step('a seek forward is not credited: the skipped part stays a gap on the bar', async () => {
    await outlineRow(page, PLAIN_VIDEO).getByRole('link', { name: PLAIN_VIDEO }).click();
    await expect(video(page)).toBeVisible();
    await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
    await chooseRate(page, '2×');
    await play(page);
    await expect.poll(() => position(page), { timeout: 15_000 }).toBeGreaterThan(4);
    await video(page).evaluate((v: HTMLVideoElement) => {
      v.currentTime = 15;
    });
    await expect(page.getByTestId('player-note')).toContainText('跳过的部分不计入观看');
    await expect.poll(() => position(page), { timeout: 15_000 }).toBeGreaterThan(18);
    await video(page).evaluate((v: HTMLVideoElement) => v.pause());
    const bar = page.getByTestId('watched-bar');
    // The server credited the start and the part after the seek, never what was jumped over.
    await expect(bar).toHaveAttribute('aria-label', /0:0\d至0:15未观看/);
    await expect(bar.locator('[data-watched="true"]').first()).toBeVisible();
    await expect(page.getByTestId('resource-state')).toHaveText('学习中');
    await expect(page.getByText('跳过的部分不计入观看；')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '播放页');
  });

  await test.step('the outline shows it as 学习中 and says why it is not complete', async () => {
    await page.getByRole('link', { name: '返回课程目录' }).click();
    const row = outlineRow(page, PLAIN_VIDEO);
    await expect(row.getByRole('img', { name: /学习中/ })).toBeVisible();
    await row.getByText('为什么未完成？').click();
    await expect(row.getByTestId('why-incomplete').locator('li').first()).toBeVisible();
    await expectAccessible(page, '课程目录（学习中）');
  });

  await test.step('the quiz video plays at 2× and stops at its quiz', async () => {
    await outlineRow(page, QUIZ_VIDEO).getByRole('link', { name: QUIZ_VIDEO }).click();
    await expect(video(page)).toBeVisible();
    await expect(page.getByText(/0:20处有测试题/)).toBeVisible();
    await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
    await chooseRate(page, '2×');
    await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(2);
    await play(page);
    const dialog = page.getByRole('dialog', { name: '视频测试题' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    expect(await video(page).evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
    expect(await position(page)).toBeCloseTo(20, 0);
    await expect(dialog.getByTestId('quiz-question')).toHaveCount(2);
    await expectAccessible(page, '视频测试题');
  });

  await test.step('the teacher cannot seek past the quiz before answering it', async () => {
    await video(page).evaluate((v: HTMLVideoElement) => {
      v.currentTime = 28;
    });
    await expect.poll(() => position(page)).toBeLessThanOrEqual(20.1);
  });

  await test.step('answers the quiz, is told the result, and watches the rest', async () => {
    const dialog = page.getByRole('dialog', { name: '视频测试题' });
    await dialog.getByText('完整观看视频，并完成视频结尾的测试题', { exact: true }).click();
    await dialog.getByText('正确', { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: '正确' })).toBeChecked();
    await dialog.getByRole('button', { name: '提交答案' }).click();
    await expect(dialog.getByTestId('quiz-result')).toContainText('测试已完成');
    await dialog.getByRole('button', { name: '继续观看' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.ended), { timeout: 30_000 }).toBe(true);
    await expect(page.getByTestId('resource-state')).toHaveText('已完成');
    await expect(page.getByTestId('percent-watched')).toHaveText(/已观看 (9\d|100)%/);
    await expect(page.getByTestId('study-time')).not.toHaveText('已学习 0分钟');
    await expect(page.getByTestId('watched-bar')).not.toHaveAttribute('aria-label', /未观看/);
  });

  await test.step('the outline shows the ✓ circle', async () => {
    await page.getByRole('link', { name: '返回课程目录' }).click();
    await expect(outlineRow(page, QUIZ_VIDEO).getByRole('img', { name: '已完成' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '课程目录（已完成）');
  });
});
