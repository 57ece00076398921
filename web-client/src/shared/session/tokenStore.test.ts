import { describe, expect, it, vi } from 'vitest';
import {
  TOKEN_STORAGE_KEY,
  accessTokenNeedsRefresh,
  createTokenStore,
  refreshTokenExpired,
  tokensFromResponse,
  type TokenSet,
} from './tokenStore';

const NOW = Date.UTC(2025, 0, 1, 8, 0, 0);

const sample: TokenSet = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  accessExpiresAt: NOW + 15 * 60_000,
  refreshExpiresAt: NOW + 30 * 24 * 3600_000,
};

describe('token expiry maths', () => {
  it('turns the server lifetimes in seconds into absolute expiry times', () => {
    const tokens = tokensFromResponse(
      { accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', refreshTokenExpiresIn: 2_592_000 },
      NOW,
    );
    expect(tokens).toEqual({
      accessToken: 'a',
      refreshToken: 'r',
      accessExpiresAt: NOW + 900_000,
      refreshExpiresAt: NOW + 2_592_000_000,
    });
  });

  it('asks for a refresh from 30 seconds before the access token expires, not earlier', () => {
    const tokens = { ...sample, accessExpiresAt: NOW + 60_000 };
    expect(accessTokenNeedsRefresh(tokens, NOW)).toBe(false);
    expect(accessTokenNeedsRefresh(tokens, NOW + 29_999)).toBe(false);
    expect(accessTokenNeedsRefresh(tokens, NOW + 30_000)).toBe(true);
    expect(accessTokenNeedsRefresh(tokens, NOW + 120_000)).toBe(true);
  });

  it('knows when the refresh token itself is spent', () => {
    expect(refreshTokenExpired(sample, NOW)).toBe(false);
    expect(refreshTokenExpired(sample, sample.refreshExpiresAt)).toBe(true);
  });
});

describe('token store', () => {
  it('keeps both tokens under one localStorage key so a reload stays signed in', () => {
    createTokenStore(localStorage).set(sample);

    expect(Object.keys(localStorage)).toEqual([TOKEN_STORAGE_KEY]);
    expect(createTokenStore(localStorage).get()).toEqual(sample);
  });

  it('forgets the tokens on clear', () => {
    const store = createTokenStore(localStorage);
    store.set(sample);
    store.clear();

    expect(store.get()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('treats a corrupt or incomplete entry as signed out instead of crashing', () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, '{not json');
    expect(createTokenStore(localStorage).get()).toBeNull();

    localStorage.setItem(TOKEN_STORAGE_KEY, JSON.stringify({ accessToken: 'a' }));
    expect(createTokenStore(localStorage).get()).toBeNull();
  });

  it('returns the same object while nothing changed, so React does not re-render forever', () => {
    const store = createTokenStore(localStorage);
    store.set(sample);
    expect(store.get()).toBe(store.get());
  });

  it('sees tokens rotated by another tab', () => {
    const store = createTokenStore(localStorage);
    store.set(sample);
    localStorage.setItem(TOKEN_STORAGE_KEY, JSON.stringify({ ...sample, refreshToken: 'refresh-2' }));

    expect(store.get()?.refreshToken).toBe('refresh-2');
  });

  it('tells subscribers about sign-in, sign-out and changes made in another tab', () => {
    const store = createTokenStore(localStorage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.set(sample);
    store.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: TOKEN_STORAGE_KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(listener).toHaveBeenCalledTimes(3);

    unsubscribe();
    store.set(sample);
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
