import { describe, expect, it, vi } from 'vitest';
import {
  LEGACY_TOKEN_STORAGE_KEY,
  accessTokenNeedsRefresh,
  createTokenStore,
  removeLegacyTokens,
  tokensFromResponse,
  type TokenSet,
} from './tokenStore';

const NOW = Date.UTC(2025, 0, 1, 8, 0, 0);

const sample: TokenSet = { accessToken: 'access-1', accessExpiresAt: NOW + 15 * 60_000 };

describe('token expiry maths', () => {
  it('turns the server lifetime in seconds into an absolute expiry, keeping no refresh token', () => {
    const tokens = tokensFromResponse(
      { accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', refreshTokenExpiresIn: 2_592_000, consentRequired: false, basicsRequired: false },
      NOW,
    );
    expect(tokens).toEqual({ accessToken: 'a', accessExpiresAt: NOW + 900_000 });
  });

  it('asks for a refresh from 30 seconds before the access token expires, not earlier', () => {
    const tokens = { ...sample, accessExpiresAt: NOW + 60_000 };
    expect(accessTokenNeedsRefresh(tokens, NOW)).toBe(false);
    expect(accessTokenNeedsRefresh(tokens, NOW + 29_999)).toBe(false);
    expect(accessTokenNeedsRefresh(tokens, NOW + 30_000)).toBe(true);
    expect(accessTokenNeedsRefresh(tokens, NOW + 120_000)).toBe(true);
  });
});

describe('token store', () => {
  it('keeps the access token in memory only: nothing reaches localStorage or sessionStorage', () => {
    const store = createTokenStore();
    store.set(sample);

    expect(store.get()).toEqual(sample);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(createTokenStore().get()).toBeNull();
  });

  it('forgets the token on clear', () => {
    const store = createTokenStore();
    store.set(sample);
    store.clear();

    expect(store.get()).toBeNull();
  });

  it('returns the same object while nothing changed, so React does not re-render forever', () => {
    const store = createTokenStore();
    store.set(sample);
    expect(store.get()).toBe(store.get());
  });

  it('tells subscribers about sign-in and sign-out', () => {
    const store = createTokenStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.set(sample);
    store.clear();
    store.clear();
    expect(listener).toHaveBeenCalledTimes(2);

    unsubscribe();
    store.set(sample);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('removes the tokens an earlier build kept in localStorage, refresh token and all', () => {
    localStorage.setItem(LEGACY_TOKEN_STORAGE_KEY, JSON.stringify({ accessToken: 'a', refreshToken: 'r' }));
    localStorage.setItem('unrelated', 'kept');

    removeLegacyTokens(localStorage);

    expect(localStorage.getItem(LEGACY_TOKEN_STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('kept');
  });
});
