import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { advanceServerClock, expectNoSidewaysScroll, nextHeartbeat, resetServerClock, signInNewEnrolledTeacher, type SeenHeartbeat } from './helpers';

// 演示专题's text resource: a minimum reading time of 30 s, worth 3 minutes of 已学习 once read.
// The server counts reading time from heartbeats: between two heartbeats it credits the time that
// passed on its own clock (at most 30 s per heartbeat), and only when the earlier one said
// "visible". So the test clock can stand in for half a minute of reading.
const COURSE = '平台学习规则入门';
const TEXT = '第1节 学时认定规则（文本）';

function outlineRow(page: Page, title: string) {
  return page.getByTestId('outline-resource').filter({ hasText: title });
}

/** The server's answer to the next heartbeat with this event (a keepalive one included). */
async function heartbeatAnswer(page: Page, event: string, until: (h: SeenHeartbeat) => boolean = () => true) {
  return (await nextHeartbeat(page, (h) => h.event === event && h.status === 200 && until(h))).answer as Required<SeenHeartbeat['answer']>;
}

/**
 * Headless Chromium never hides a page (another tab in front or a minimized window leave it
 * "visible"), so the test says what the browser says when the teacher switches away: the page's
 * visibilityState and the visibilitychange event. Everything after that, the heartbeats and the
 * server's counting, is real.
 */
async function setVisibility(page: Page, state: 'visible' | 'hidden') {
  await page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => s === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test.afterEach(async ({ page }) => {
  await resetServerClock(page);
});

test('a text counts reading time only while visible; its minimum completes it, ✓ in the outline and 已学习 grows by 3 minutes', async ({ page }) => {
  await signInNewEnrolledTeacher(page);

  await test.step('the outline shows nothing studied yet', async () => {
    await page.goto('/programs');
    await page.getByRole('link', { name: /演示专题/ }).click();
    await page.getByRole('link', { name: COURSE }).click();
    await expect(outlineRow(page, TEXT).getByRole('img', { name: '未开始' })).toBeVisible();
    await expect(page.getByTestId('course-study-time')).toContainText('已学习 0分钟');
  });

  await test.step('reading starts as the text opens', async () => {
    const started = heartbeatAnswer(page, 'play');
    await outlineRow(page, TEXT).getByRole('link', { name: TEXT }).click();
    await expect(page.getByRole('article', { name: TEXT })).toContainText('文本资源须阅读满规定时间');
    await expect(page.getByTestId('reading-countdown')).toContainText('最低阅读时间0:30');
    expect((await started).progress.state).toBe('inProgress');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, '文本资源');
  });

  await test.step('ten minutes with the page in the background count nothing', async () => {
    const hidden = heartbeatAnswer(page, 'hidden');
    await setVisibility(page, 'hidden');
    const before = (await hidden).progress.readingSeconds;
    expect(before).toBeLessThan(20);

    await advanceServerClock(page, 600);
    const back = heartbeatAnswer(page, 'play');
    await setVisibility(page, 'visible');
    const answer = await back;
    expect(answer.credited).toBe(false);
    expect(answer.progress.readingSeconds).toBe(before);
    expect(answer.progress.state).toBe('inProgress');
    await expect(page.getByTestId('reading-countdown')).toContainText('还需阅读');
    await expect(page.getByTestId('resource-state')).toHaveText('学习中');
  });

  await test.step('half a minute visible reaches the minimum: completed, 已学习 3分钟', async () => {
    const completed = heartbeatAnswer(page, 'tick', (h) => h.answer.progress?.state === 'completed');
    await advanceServerClock(page, 30);
    const answer = await completed;
    expect(answer.progress.readingSeconds).toBeGreaterThanOrEqual(30);
    expect(answer.progress.studySeconds).toBe(180);
    await expect(page.getByTestId('reading-done')).toHaveText('已达到最低阅读时间');
    await expect(page.getByTestId('resource-state')).toHaveText('已完成');
    await expect(page.getByTestId('study-time')).toHaveText('已学习 3分钟');
  });

  await test.step('the outline shows ✓ and the course 已学习 grew by the text\'s 3 minutes', async () => {
    await page.getByRole('link', { name: '返回课程目录' }).click();
    await expect(outlineRow(page, TEXT).getByRole('img', { name: '已完成' })).toBeVisible();
    await expect(page.getByTestId('course-study-time')).toContainText('已学习 3分钟');
  });
});
