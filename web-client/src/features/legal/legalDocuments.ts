import { useQuery } from '@tanstack/react-query';
import type { LegalDocumentKind, LegalDocumentResponse } from '../../api/xueshi-client';
import { api } from '../../shared/api/api';

export const legalDocumentsQueryKey = ['legal-documents'] as const;

/** The SPA's routes of the two documents; the API names them userAgreement and privacyPolicy. */
export const legalPaths: Record<LegalDocumentKind, string> = {
  userAgreement: '/legal/user-agreement',
  privacyPolicy: '/legal/privacy-policy',
};

/** The versions a consent names: the ones the person was shown. */
export interface LegalVersions {
  userAgreementVersion: number;
  privacyPolicyVersion: number;
}

export function versionsOf(documents: readonly LegalDocumentResponse[] | undefined): LegalVersions | undefined {
  const userAgreement = documents?.find((d) => d.kind === 'userAgreement');
  const privacyPolicy = documents?.find((d) => d.kind === 'privacyPolicy');
  if (!userAgreement || !privacyPolicy) return undefined;
  return { userAgreementVersion: userAgreement.version, privacyPolicyVersion: privacyPolicy.version };
}

/** The current documents; refetched when the server says the versions shown are outdated. */
export function useLegalDocuments() {
  return useQuery({ queryKey: legalDocumentsQueryKey, queryFn: () => api.listLegalDocuments() });
}

export const VERSIONS_OUTDATED = 'accounts.legal_versions_outdated';
export const OUTDATED_MESSAGE = '《用户协议》或《隐私政策》刚刚更新，请重新阅读后再同意。';
