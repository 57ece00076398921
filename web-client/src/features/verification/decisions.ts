import type { DecisionResult, VerificationDecision } from '../../api/xueshi-client';

export interface DecisionSummary {
  type: 'success' | 'warning' | 'error';
  text: string;
  /** Accounts whose decision took effect. */
  decided: string[];
}

/** What to tell the school admin after a bulk 审核通过 / 审核不通过. */
export function summarizeDecisions(decision: VerificationDecision, results: readonly DecisionResult[]): DecisionSummary {
  const count = (outcome: DecisionResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  const decided = results.filter((r) => r.outcome === 'approved' || r.outcome === 'rejected').map((r) => r.accountId);
  const notPending = count('notPending');
  const notFound = count('notFound');
  const parts: string[] = [];
  if (decided.length > 0) parts.push(`${decision === 'approve' ? '已通过' : '已驳回'} ${decided.length} 人`);
  if (notPending > 0) parts.push(`${notPending} 人已不在待审核状态，未处理`);
  if (notFound > 0) parts.push(`${notFound} 人已不在本校，未处理`);
  if (parts.length === 0) return { type: 'error', text: '没有处理任何教师', decided };
  return { type: notPending + notFound > 0 ? (decided.length > 0 ? 'warning' : 'error') : 'success', text: parts.join('；'), decided };
}
