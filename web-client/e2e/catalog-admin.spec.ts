import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { DEMO, DEMO_PASSWORD, expectNoSidewaysScroll, signIn, signOut } from './helpers';

// An operator builds a program in the console — one new course, one chapter, one uploaded video —
// publishes it, and a teacher then finds it under 培训 · 进行中. The video is made here with ffmpeg (3 s, 320×180):
// its duration shown in the console is the one ffprobe measured on the server.

const OPERATOR = '13800000015';
let video = '';
let cover = '';

test.beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xueshi-catalog-e2e-'));
  video = path.join(dir, '第一节.webm');
  execFileSync('ffmpeg', [
    '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=15', '-f', 'lavfi', '-i', 'sine',
    '-t', '3', '-c:v', 'libvpx-vp9', '-c:a', 'libopus', '-y', video,
  ]);
  cover = path.join(dir, 'cover.png');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=blue:size=320x180', '-frames:v', '1', '-y', cover]);
});

/** Today in Beijing, and a date some days away, as the date inputs take them. */
function chinaDate(offsetDays: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function accessToken(page: Page): Promise<string> {
  // The SPA keeps the access token in memory only: ask for one through the refresh cookie the browser holds.
  const response = await page.request.post('/api/v1/auth/tokens/refresh', { data: { refreshTokenInCookie: true } });
  expect(response.ok()).toBeTruthy();
  return (await response.json()).accessToken as string;
}

test('an operator creates a program with a course and an uploaded video and publishes it; a teacher cannot open the console', async ({ page }) => {
  const title = `演示发布专题${Date.now() % 100000}`;
  await signIn(page, OPERATOR, DEMO_PASSWORD);
  await page.getByRole('link', { name: '专题管理（课程与发布）' }).click();
  await expect(page).toHaveURL(/\/admin\/catalog$/);
  await expect(page.getByRole('button', { name: '新建专题' })).toBeVisible();
  await expectAccessible(page, '专题管理 list');
  await expectNoSidewaysScroll(page);

  // 研修管理: a training to put the program in
  const training = `演示研修${Date.now() % 100000}`;
  await page.getByRole('link', { name: '研修管理' }).click();
  await page.getByRole('button', { name: '新建研修' }).click();
  const trainingDialog = page.getByRole('dialog', { name: '新建研修' });
  await trainingDialog.getByLabel('研修名称').fill(training);
  await expectAccessible(page, '新建研修 dialog');
  await trainingDialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('admin-training').filter({ hasText: training })).toContainText('0 个专题');
  await expectAccessible(page, '研修管理');
  await page.goto('/admin/catalog');

  // 新建专题, with its cover and its training
  await page.getByRole('button', { name: '新建专题' }).click();
  const programDialog = page.getByRole('dialog', { name: '新建专题' });
  await programDialog.getByLabel('专题名称').fill(title);
  await programDialog.getByLabel('封面（PNG 或 JPEG）').setInputFiles(cover);
  await expect(programDialog.getByTestId('cover-preview')).toBeVisible();
  await programDialog.getByLabel('所属研修').click();
  await page.locator('.ant-select-item-option', { hasText: training }).click();
  await programDialog.getByLabel('学习开始日期').fill(chinaDate(-1));
  await programDialog.getByLabel('学习结束日期').fill(chinaDate(30));
  await expectAccessible(page, '新建专题 dialog');
  await programDialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/\/admin\/catalog\/programs\/[0-9a-f-]+$/);
  const programId = page.url().split('/').pop()!;
  await expect(page.getByTestId('program-state')).toHaveText('草稿');

  // Publishing an empty program is refused, with the reason in Chinese.
  await page.getByRole('button', { name: /发\s*布/ }).click();
  await expect(page.getByTestId('publish-problems')).toContainText('专题至少需要一门课程才能发布');
  await expectAccessible(page, '专题 detail with the publish problems');

  // 添加课程 (a new one)
  await page.getByRole('button', { name: '添加课程' }).click();
  const attach = page.getByRole('dialog', { name: '添加课程' });
  await attach.getByLabel('或新建课程').fill('教师职业道德修养');
  await attach.getByRole('button', { name: /添\s*加/ }).click();
  await expect(page.getByTestId('program-course')).toContainText('教师职业道德修养');
  await page.getByRole('link', { name: /教师职业道德修养/ }).click();
  await expect(page).toHaveURL(/\/admin\/catalog\/courses\//);

  // 主讲人, saved with the course's fields
  await page.getByRole('button', { name: '添加主讲人' }).click();
  await page.getByLabel('第1位主讲人姓名').fill('王明');
  await page.getByLabel('第1位主讲人职称').fill('教授');
  await page.getByLabel('第1位主讲人单位').fill('北京师范大学');
  await page.getByRole('button', { name: '保存课程信息' }).click();
  await expect(page.getByLabel('第1位主讲人单位')).toHaveValue('北京师范大学');

  // 添加章节, then the video with its upload progress
  await page.getByRole('button', { name: '添加章节' }).click();
  await page.getByRole('dialog').getByLabel('章节名称').fill('第一章 师德概论');
  await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('admin-chapter')).toContainText('第一章 师德概论');
  await expectAccessible(page, '课程编辑');
  await page.getByRole('button', { name: '添加资源' }).click();
  const resource = page.getByRole('dialog', { name: '添加学习资源' });
  await resource.getByLabel('资源名称').fill('第一节 关爱学生');
  await resource.getByLabel('视频文件（MP4/H.264 或 WebM）').setInputFiles(video);
  await expect(resource.getByTestId('video-duration')).toHaveText('已选择视频，时长 0:03');
  await expectAccessible(page, '添加学习资源 dialog with an uploaded video');
  await resource.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('admin-resource')).toContainText('时长 0:03');
  await expectNoSidewaysScroll(page);

  // 发布
  await page.goto(`/admin/catalog/programs/${programId}`);
  await page.getByRole('button', { name: /发\s*布/ }).click();
  await expect(page.getByTestId('program-state')).toHaveText('已发布');
  await expect(page.getByText('发布专题：' + title)).toBeVisible();
  await expectAccessible(page, '专题 detail, published');
  const operatorToken = await accessToken(page);
  const published = await page.request.get(`/api/v1/admin/programs/${programId}`, { headers: { Authorization: `Bearer ${operatorToken}` } });
  const publishedJson = await published.json();
  expect(publishedJson.state).toBe('published');
  expect(publishedJson.coverMediaId).toBeTruthy();
  expect(publishedJson.trainingId).toBeTruthy();
  await signOut(page);

  // A teacher sees the published program under 进行中 and can open it; the console stays closed to them.
  await signIn(page, DEMO.approvedTeacher, DEMO_PASSWORD);
  await page.goto('/programs');
  await expect(page.getByRole('tab', { name: '进行中' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/programs/${programId}$`));
  await expect(page.getByText('教师职业道德修养')).toBeVisible();
  await expect(page.getByText(/主讲：王明/)).toBeVisible();
  await expect(page.getByRole('img', { name: `专题封面：${title}` })).toBeVisible();
  await expect.poll(() => page.getByTestId('program-cover').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expectAccessible(page, '专题 page with its cover');
  const teacherToken = await accessToken(page);
  const headers = { Authorization: `Bearer ${teacherToken}` };
  expect((await page.request.get(`/api/v1/admin/programs/${programId}`, { headers })).status()).toBe(403);
  await page.goto('/admin/catalog');
  await expect(page.getByText('没有权限')).toBeVisible();
});
