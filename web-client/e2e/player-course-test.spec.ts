import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { DEMO_PASSWORD, expectNoSidewaysScroll, signInNewEnrolledTeacher } from './helpers';

// 演示专题's 课程测试: three questions (single, multiple, true/false), outside any video. The demo
// program keeps the manuals' rule (完成测试题: every question answered, right or wrong), so a wrong
// attempt completes it, and the correct answers are shown only after it.
const COURSE = '平台学习规则入门';
const COURSE_TEST = '课程测试';

function outlineRow(page: Page, title: string) {
  return page.getByTestId('outline-resource').filter({ hasText: title });
}

const OPERATOR = '13800000015'; // 平台运营

/**
 * The operator sets when the demo program's quizzes count as complete (编辑专题, as the catalog
 * admin page does it) and returns the rule it had.
 */
async function setQuizCompletion(page: Page, programId: string, rule: 'allAnswered' | 'allCorrect'): Promise<string> {
  const signIn = await page.request.post('/api/v1/auth/tokens', { data: { phone: OPERATOR, password: DEMO_PASSWORD } });
  expect(signIn.ok()).toBe(true);
  const headers = { Authorization: `Bearer ${((await signIn.json()) as { accessToken: string }).accessToken}` };
  const read = await page.request.get(`/api/v1/admin/programs/${programId}`, { headers });
  expect(read.ok()).toBe(true);
  const p = await read.json();
  const { id: _id, state: _state, revision: _revision, publishedAt: _publishedAt, updatedAt: _updatedAt, courses: _courses, ...details } = p;
  const edit = await page.request.put(`/api/v1/admin/programs/${programId}`, {
    headers: { ...headers, 'If-Match': read.headers().etag ?? `"${p.revision}"` },
    data: { ...details, study: { ...p.study, quizCompletion: rule } },
  });
  expect(edit.ok(), await edit.text()).toBe(true);
  return p.study.quizCompletion as string;
}

function question(page: Page, text: string) {
  return page.getByTestId('quiz-question').filter({ hasText: text });
}

test('a teacher takes the course test: told what is unanswered, graded by the server, ✓ in the outline', async ({ page }) => {
  await signInNewEnrolledTeacher(page);

  await test.step('the course test opens from the outline, without its answers', async () => {
    await page.goto('/programs');
    await page.getByRole('link', { name: /演示专题/ }).click();
    await page.getByRole('link', { name: COURSE }).click();
    await expect(outlineRow(page, COURSE_TEST).getByRole('img', { name: '未开始' })).toBeVisible();
    await outlineRow(page, COURSE_TEST).getByRole('link', { name: COURSE_TEST }).click();
    await expect(page.getByTestId('quiz-question')).toHaveCount(3);
    await expect(page.getByText('答完全部题目即完成测试。')).toBeVisible();
    await expect(page.getByText('（正确答案）')).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });

  await test.step('submitting with a question unanswered is refused with the count', async () => {
    await question(page, '“认定 XX 学时”是指什么？').getByText('已经学习的时长', { exact: true }).click();
    await question(page, '以下哪些信息会影响学时认定？').getByText('个人信息是否完善', { exact: true }).click();
    await page.getByRole('button', { name: '提交答案' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '还有1题未作答，请答完全部题目' })).toBeVisible();
  });

  await test.step('a complete attempt with two wrong answers completes the test and shows the result', async () => {
    await question(page, '研修结束后仍可继续学习并获得认定学时。').getByText('错误', { exact: true }).click();
    await page.getByRole('button', { name: '提交答案' }).click();
    await expect(page.getByTestId('quiz-result')).toHaveText('测试已完成（共3题，答对1题）');
    await expect(question(page, '“认定 XX 学时”是指什么？')).toContainText('回答错误');
    await expect(question(page, '以下哪些信息会影响学时认定？')).toContainText('回答错误');
    await expect(question(page, '研修结束后仍可继续学习并获得认定学时。')).toContainText('回答正确');
    // The server sends the correct answers once the attempt is in: one, two and one of them.
    await expect(question(page, '“认定 XX 学时”是指什么？').getByText('此门课或本次研修可认定的最高学时（正确答案）')).toBeVisible();
    await expect(question(page, '以下哪些信息会影响学时认定？').getByText('（正确答案）')).toHaveCount(2);
    await expect(page.getByRole('radio', { name: '已经学习的时长' })).toBeDisabled();
    // axe once, on the fuller state: questions, verdicts, correct answers and the result.
    await expectAccessible(page, '课程测试（已提交）');
  });

  await test.step('the outline shows the course test with ✓', async () => {
    await page.getByRole('button', { name: '返回课程目录' }).click();
    await expect(page).toHaveURL(/\/courses\/[0-9a-f-]+$/);
    await expect(outlineRow(page, COURSE_TEST).getByRole('img', { name: '已完成' })).toBeVisible();
    await expect(page.getByTestId('course-study-time')).toContainText('完成1/');
  });
});

test('when the program demands correct answers, a wrong attempt is corrected and sent again before ✓', async ({ page }) => {
  const { programId } = await signInNewEnrolledTeacher(page);
  const before = await setQuizCompletion(page, programId, 'allCorrect');
  try {
    await page.goto('/programs');
    await page.getByRole('link', { name: /演示专题/ }).click();
    await page.getByRole('link', { name: COURSE }).click();
    await outlineRow(page, COURSE_TEST).getByRole('link', { name: COURSE_TEST }).click();
    await expect(page.getByText('本专题要求全部答对后才算完成测试。')).toBeVisible();

    await question(page, '“认定 XX 学时”是指什么？').getByText('视频的总时长', { exact: true }).click();
    await question(page, '以下哪些信息会影响学时认定？').getByText('个人信息是否完善', { exact: true }).click();
    await question(page, '以下哪些信息会影响学时认定？').getByText('是否经学校管理员审核', { exact: true }).click();
    await question(page, '研修结束后仍可继续学习并获得认定学时。').getByText('错误', { exact: true }).click();
    await page.getByRole('button', { name: '提交答案' }).click();
    await expect(page.getByTestId('quiz-result')).toHaveText('共3题，答对2题。本专题要求全部答对，请修改后重新提交');
    await expect(question(page, '“认定 XX 学时”是指什么？')).toContainText('回答错误');
    // Not complete, so the correct answers stay on the server.
    await expect(page.getByText('（正确答案）')).toHaveCount(0);

    await question(page, '“认定 XX 学时”是指什么？').getByText('此门课或本次研修可认定的最高学时', { exact: true }).click();
    await page.getByRole('button', { name: '重新提交' }).click();
    await expect(page.getByTestId('quiz-result')).toHaveText('测试已完成（共3题，答对3题）');
    await page.getByRole('button', { name: '返回课程目录' }).click();
    await expect(page).toHaveURL(/\/courses\/[0-9a-f-]+$/);
    await expect(outlineRow(page, COURSE_TEST).getByRole('img', { name: '已完成' })).toBeVisible();
  } finally {
    await setQuizCompletion(page, programId, before as 'allAnswered' | 'allCorrect');
  }
});
