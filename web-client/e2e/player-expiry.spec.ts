import { expect, test, type Page } from '@playwright/test';
import { advanceServerClock, nextHeartbeat, resetServerClock, signInNewEnrolledTeacher } from './helpers';

// A playback ends 30 minutes after its last heartbeat (a long pause, a sleeping phone). The next
// heartbeat is answered 410 learning.playback_expired; the player starts a new playback by itself,
// goes back to where it paused (the video played on during the restart's round trips) and says the
// heartbeat again there, and the teacher's watching goes on being credited to the end.
const COURSE = '平台学习规则入门';
const PLAIN_VIDEO = '第1节 专题与课程'; // 24 s

const video = (page: Page) => page.getByTestId('player-video');
const position = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.currentTime);

test.afterEach(async ({ page }) => {
  await resetServerClock(page);
});

test('after a pause of more than 30 minutes the player starts a new playback by itself, even on a slow network, and nothing is lost', async ({ page }) => {
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
    // A slow network (a phone on a train): the new playback takes 3 s to start, while the video plays on
    // 6 s at 2×. Only latency is added; the request and its answer are the real ones.
    await page.route(/\/resources\/[^/]+\/playbacks$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
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

  await test.step('the video plays on to its end and is complete: nothing played during the restart was lost', async () => {
    // The player went back to where the new playback starts counting, so every tick after it is believable.
    const ended = await nextHeartbeat(page, (h) => h.playbackId !== first.playbackId && h.event === 'ended' && h.status === 200, 40_000);
    expect(ended.answer.progress!.state).toBe('completed');
    await expect(page.getByTestId('watched-bar')).not.toHaveAttribute('aria-label', /未观看/);
  });
});
