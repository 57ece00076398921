import { expect, test, type Page } from '@playwright/test';
import { nextHeartbeat, signInNewEnrolledTeacher, type SeenHeartbeat } from './helpers';

// Two things the player does at the edges of a playback, produced for real:
// - The server rate limits heartbeats per playback (a burst of 10, then 2 a second). A teacher
//   seeking quickly makes the real player send two heartbeats per seek: past the burst the server
//   answers 429 with retryAfterSeconds, the player holds back its periodic heartbeats that long,
//   then goes on being credited.
// - Closing the page sends a last heartbeat with fetch keepalive (pagehide): what was played since
//   the last periodic heartbeat is not lost, and the next visit resumes there.
const COURSE = '平台学习规则入门';
const PLAIN_VIDEO = '第1节 专题与课程'; // 24 s

const video = (page: Page) => page.getByTestId('player-video');
const position = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.currentTime);

async function openPlainVideo(page: Page) {
  await page.goto('/programs');
  await page.getByRole('link', { name: /演示专题/ }).click();
  await page.getByRole('link', { name: COURSE }).click();
  await page.getByTestId('outline-resource').filter({ hasText: PLAIN_VIDEO }).getByRole('link', { name: PLAIN_VIDEO }).click();
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
}

test('a burst of seeks is slowed by the server (429) and the player recovers and keeps crediting', async ({ page }) => {
  await signInNewEnrolledTeacher(page);
  await openPlainVideo(page);

  const seen: SeenHeartbeat[] = [];
  page.on('response', async (response) => {
    const request = response.request();
    const url = /\/api\/v1\/playbacks\/([^/]+)\/heartbeats$/.exec(request.url());
    if (request.method() !== 'POST' || !url) return;
    const body = request.postDataJSON() as { event: string; sequence: number };
    seen.push({ playbackId: url[1], event: body.event, sequence: body.sequence, status: response.status(), answer: await response.json().catch(() => ({})) });
  });

  await video(page).evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => position(page), { timeout: 15_000 }).toBeGreaterThan(3);

  await test.step('twenty quick seeks back to 0:02: the server refuses some heartbeats with 429', async () => {
    await video(page).evaluate(async (v: HTMLVideoElement) => {
      for (let i = 0; i < 20; i++) {
        v.currentTime = 2;
        await new Promise((resolve) => v.addEventListener('seeked', resolve, { once: true }));
      }
    });
    await expect.poll(() => seen.filter((h) => h.status === 429).length, { timeout: 15_000 }).toBeGreaterThan(0);
    const refused = seen.find((h) => h.status === 429)!;
    expect(refused.answer.code).toBeTruthy();
    expect(refused.answer.retryAfterSeconds).toBeGreaterThan(0);
  });

  await test.step('the player plays on, and a later heartbeat is credited again', async () => {
    const refusedAt = seen.length;
    await expect
      .poll(() => seen.slice(refusedAt).some((h) => h.status === 200 && h.event === 'tick' && h.answer.credited === true), { timeout: 20_000 })
      .toBe(true);
    expect(await video(page).evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);
    await expect(page.locator('.player .ant-alert-error')).toHaveCount(0);
  });
});

test('closing the page mid-play sends the last heartbeat with keepalive; the next visit resumes there', async ({ page, context }) => {
  await signInNewEnrolledTeacher(page);
  await openPlainVideo(page);
  await page.locator('.player__rates').getByText('2×', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();

  // The periodic heartbeat every 5 s carries the position (10 s of video at 2×); close the page
  // well after one, so the last seconds played are told only by the page's last word.
  const tick = nextHeartbeat(page, (h) => h.event === 'tick' && h.status === 200);
  await video(page).evaluate((v: HTMLVideoElement) => v.play());
  const lastTold = (await tick).answer.positionSeconds ?? 0;
  await expect.poll(() => position(page), { timeout: 15_000 }).toBeGreaterThan(lastTold + 3);
  const closedAt = await position(page);
  const playerUrl = page.url();
  await page.close();

  const again = await context.newPage();
  const started = again.waitForResponse((r) => r.request().method() === 'POST' && /\/resources\/[^/]+\/playbacks$/.test(r.url()));
  await again.goto(playerUrl);
  const resume = ((await (await started).json()) as { resumePositionSeconds: number }).resumePositionSeconds;
  expect(resume).toBeGreaterThan(lastTold + 2);
  expect(resume).toBeGreaterThanOrEqual(Math.floor(closedAt) - 1);
  await expect.poll(() => video(again).evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(Math.floor(closedAt) - 1);
});
