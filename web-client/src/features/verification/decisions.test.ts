import { describe, expect, it } from 'vitest';
import { summarizeDecisions } from './decisions';

describe('bulk decision summary', () => {
  it('counts the approved', () => {
    expect(
      summarizeDecisions('approve', [
        { accountId: 'a', outcome: 'approved' },
        { accountId: 'b', outcome: 'approved' },
      ]),
    ).toEqual({ type: 'success', text: '已通过 2 人', decided: ['a', 'b'] });
  });

  it('says who was skipped and why', () => {
    const summary = summarizeDecisions('reject', [
      { accountId: 'a', outcome: 'rejected' },
      { accountId: 'b', outcome: 'notPending' },
      { accountId: 'c', outcome: 'notFound' },
    ]);
    expect(summary).toEqual({
      type: 'warning',
      text: '已驳回 1 人；1 人已不在待审核状态，未处理；1 人已不在本校，未处理',
      decided: ['a'],
    });
  });

  it('is an error when nothing took effect', () => {
    expect(summarizeDecisions('approve', [{ accountId: 'b', outcome: 'notPending' }]).type).toBe('error');
    expect(summarizeDecisions('approve', []).text).toBe('没有处理任何教师');
  });
});
