import { describe, expect, it } from 'vitest';
import { versionsOf } from './legalDocuments';

const doc = (kind: 'userAgreement' | 'privacyPolicy', version: number) => ({
  kind,
  version,
  title: kind,
  text: '正文',
  publishedAt: '2026-11-01T00:00:00Z',
});

describe('versionsOf', () => {
  it('names the version of each document the person was shown', () => {
    expect(versionsOf([doc('privacyPolicy', 2), doc('userAgreement', 1)])).toEqual({
      userAgreementVersion: 1,
      privacyPolicyVersion: 2,
    });
  });

  it('has nothing to consent to until both documents are loaded', () => {
    expect(versionsOf(undefined)).toBeUndefined();
    expect(versionsOf([doc('userAgreement', 1)])).toBeUndefined();
  });
});
