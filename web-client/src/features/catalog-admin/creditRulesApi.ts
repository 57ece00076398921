// The operator's credit-rules client (学时认定规则), on the same authenticated fetch as every other client.
import { useQuery } from '@tanstack/react-query';
import { CreditRulesAdminClient } from '../../api/xueshi-client';
import type { RuleSet } from '../../api/xueshi-client';
import { authFetch } from '../../shared/api/api';
import { etagOf } from './concurrency';

let client: CreditRulesAdminClient | undefined;
const get = () => (client ??= new CreditRulesAdminClient('', { fetch: authFetch.fetch }));

export const creditRulesApi = {
  get: (programId: string) => get().getCreditRuleSets(programId),
  version: (programId: string, version: number) => get().getCreditRuleSetVersion(programId, version),
  validate: (programId: string, ruleSet: RuleSet) => get().validateCreditRuleSet(programId, ruleSet),
  saveDraft: (programId: string, revision: number, ruleSet: RuleSet) => get().saveCreditRuleSetDraft(programId, ruleSet, etagOf(revision)),
  publish: (programId: string, revision: number) => get().publishCreditRuleSetDraft(programId, etagOf(revision)),
  discard: (programId: string, revision: number) => get().discardCreditRuleSetDraft(programId, etagOf(revision)),
  preview: (programId: string, teacherPhone: string, ruleSet: RuleSet) =>
    get().previewCreditRuleSet(programId, { teacherPhone, ruleSet }),
};

export const creditRulesKeys = {
  program: (programId: string) => ['admin-credit-rules', programId] as const,
  version: (programId: string, version: number) => ['admin-credit-rules', programId, 'version', version] as const,
};

export function useCreditRules(programId: string) {
  return useQuery({ queryKey: creditRulesKeys.program(programId), queryFn: () => creditRulesApi.get(programId) });
}
