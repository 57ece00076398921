import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { signInNewEnrolledTeacher } from './helpers';

// The suite runs at phone width; teachers also study on a laptop.
test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

const COURSE = '平台学习规则入门';
const QUIZ_VIDEO = '第2节 视频与测试题';

const video = (page: Page) => page.getByTestId('player-video');

async function expectNoSidewaysScrollAt(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('the player is usable at laptop width (1280×800): video, speeds and bar in view, axe clean, no sideways scroll', async ({ page }) => {
  await signInNewEnrolledTeacher(page);
  await page.goto('/programs');
  await page.getByRole('link', { name: /演示专题/ }).click();
  await page.getByRole('link', { name: COURSE }).click();
  await expect(page.getByText('课程目录')).toBeVisible();
  await expectNoSidewaysScrollAt(page, 1280);
  await expectAccessible(page, '课程目录（电脑）');

  await page.getByTestId('outline-resource').filter({ hasText: QUIZ_VIDEO }).getByRole('link', { name: QUIZ_VIDEO }).click();
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);

  // The teacher's pages keep their reading column on a laptop: the video, the speeds and the
  // watched bar fit in the first screen, and the way back sits in the card's column, not beside it.
  const box = (await video(page).boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(360);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  const card = (await page.locator('.player-card').boundingBox())!;
  const back = (await page.getByRole('link', { name: '返回课程目录' }).boundingBox())!;
  expect(back.x).toBeGreaterThanOrEqual(card.x);
  expect(back.x + back.width).toBeLessThanOrEqual(card.x + card.width);
  await expect(page.locator('.player__rates')).toBeInViewport();
  await expect(page.getByTestId('watched-bar')).toBeInViewport();

  await page.locator('.player__rates').getByText('2×', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();
  await video(page).evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => video(page).evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(4);
  await video(page).evaluate((v: HTMLVideoElement) => v.pause());
  await expect(page.getByTestId('resource-state')).toHaveText('学习中');
  await expect(page.getByText(/0:20处有测试题/)).toBeVisible();
  await expectNoSidewaysScrollAt(page, 1280);
  await expectAccessible(page, '播放页（电脑）');
});
