import { describe, expect, it } from 'vitest';
import { changeProblemMessages, etagOf, isStale, STALE_MESSAGE } from './concurrency';

describe('concurrency', () => {
  it('spells the revision as the strong ETag the server sends', () => {
    expect(etagOf(7)).toBe('"7"');
  });

  it('tells the operator to reload when someone else changed it', () => {
    const problem = { status: 412, code: 'enrollment.precondition_failed', title: 'x' };
    expect(isStale(problem)).toBe(true);
    expect(changeProblemMessages(problem)).toEqual([STALE_MESSAGE]);
  });

  it('lists the coherence problems field by field, once each', () => {
    const problem = {
      status: 422,
      code: 'enrollment.program_incoherent',
      title: '专题内容不完整或不一致，请按提示修改后再试。',
      errors: { 'courses[a].opensOn': ['课程开放日期须在专题学习时间内。'], courses: ['专题至少需要一门课程才能发布。', '课程开放日期须在专题学习时间内。'] },
    };
    expect(isStale(problem)).toBe(false);
    expect(changeProblemMessages(problem)).toEqual(['课程开放日期须在专题学习时间内。', '专题至少需要一门课程才能发布。']);
    expect(changeProblemMessages({ status: 409, code: 'enrollment.program_not_draft', title: '只能删除草稿状态的专题。' })).toEqual([
      '只能删除草稿状态的专题。',
    ]);
  });
});
