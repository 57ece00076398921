import { describe, expect, it } from 'vitest';
import { meQueryKey } from './queries';
import { createQueryClient } from './queryClient';

const problem = (code: string, status: number) => ({ status, code, title: 'refused' });

describe('the query client', () => {
  it('asks /me again when the server says consent to a new version is owed', async () => {
    const client = createQueryClient();
    client.setQueryData(meQueryKey, { consentRequired: false });

    await expect(
      client.fetchQuery({ queryKey: ['schools', 'x', 'teachers'], queryFn: () => Promise.reject(problem('accounts.consent_required', 403)) }),
    ).rejects.toBeTruthy();

    expect(client.getQueryState(meQueryKey)?.isInvalidated).toBe(true);
  });

  it('leaves /me alone on any other refusal', async () => {
    const client = createQueryClient();
    client.setQueryData(meQueryKey, { consentRequired: false });

    await expect(
      client.fetchQuery({ queryKey: ['schools', 'x', 'teachers'], queryFn: () => Promise.reject(problem('accounts.school_not_found', 404)) }),
    ).rejects.toBeTruthy();
    await expect(
      client.getMutationCache().build(client, { mutationFn: () => Promise.reject(problem('auth.invalid_credentials', 401)) }).execute(undefined),
    ).rejects.toBeTruthy();

    expect(client.getQueryState(meQueryKey)?.isInvalidated).toBe(false);
  });

  it('asks /me again when a change is refused for consent', async () => {
    const client = createQueryClient();
    client.setQueryData(meQueryKey, { consentRequired: false });

    await expect(
      client.getMutationCache().build(client, { mutationFn: () => Promise.reject(problem('accounts.consent_required', 403)) }).execute(undefined),
    ).rejects.toBeTruthy();

    expect(client.getQueryState(meQueryKey)?.isInvalidated).toBe(true);
  });
});
