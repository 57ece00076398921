import { expect, test, type Page } from '@playwright/test';
import { advanceServerClock, nextHeartbeat, resetServerClock, signInNewEnrolledTeacher } from './helpers';

// A playback ends 30 minutes after its last heartbeat (a long pause, a sleeping phone). The next
// heartbeat is answered 410 learning.playback_expired; the player starts a new playback by itself
// and says the heartbeat again there, and the teacher's watching goes on being credited.
const COURSE = '平台学习规则入门';
const PLAIN_VIDEO = '第1节 专题与课程'; // 24 s

const video = (page: Page) => page.getByTestId('player-video');
const position = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.currentTime);

test.afterEach(async ({ page }) => {
  await resetServerClock(page);
});

test('after a pause of more than 30 minutes the player starts a new playback by itself and keeps crediting', async ({ page }) => {
  await signInNewEnrolledTeacher(page);
  await page.goto('/programs');
  await page.getByRole('link', { name: /演示专题/ }).click();
  await page.getByRole('link', { name: COURSE }).click();
  await page.getByTestId('outline-resource').filter({ hasText: PLAIN_VIDEO }).getByRole('link', { name: PLAIN_VIDEO }).click();
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);

  const first = await test.step('the teacher watches a little at 2× and pauses', async () => {
    await page.locator('.player__rates').getByText('2×', { exact: true }).click();
    await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();
    await video(page).evaluate((v: HTMLVideoElement) => v.play());
    await expect.poll(() => position(page), { timeout: 15_000 }).toBeGreaterThan(5);
    const paused = nextHeartbeat(page, (h) => h.event === 'pause' && h.status === 200);
    await video(page).evaluate((v: HTMLVideoElement) => v.pause());
    const answer = await paused;
    expect(answer.answer.progress?.watchedSeconds).toBeGreaterThan(0);
    return answer;
  });

  await test.step('31 minutes later the old playback is gone: 410, and a new one takes over without a word', async () => {
    await advanceServerClock(page, 31 * 60);
    const expired = nextHeartbeat(page, (h) => h.playbackId === first.playbackId && h.status === 410);
    const restarted = page.waitForResponse((r) => r.request().method() === 'POST' && /\/resources\/[^/]+\/playbacks$/.test(r.url()));
    const creditedOnNew = nextHeartbeat(page, (h) => h.playbackId !== first.playbackId && h.status === 200 && h.answer.credited === true);
    await video(page).evaluate((v: HTMLVideoElement) => v.play());
    expect((await expired).answer.code).toBe('learning.playback_expired');
    expect((await restarted).ok()).toBe(true);
    const credited = await creditedOnNew;
    expect(credited.answer.progress!.watchedSeconds).toBeGreaterThan(first.answer.progress!.watchedSeconds);
    // Without a word: no error in the player (the profile prompt above it is another matter).
    await expect(page.locator('.player .ant-alert-error')).toHaveCount(0);
  });

  // Not asserted: that the video then completes. The part played while the new playback is being
  // set up (401 → refresh, 410, StartPlayback: four round trips) is credited only when that took
  // under about a second at 2× (the server's 2 s tolerance); on this loaded machine it sometimes
  // took longer and 0:05–0:15 stayed unwatched (a known gap, for the server side of the restart).
});
