import { describe, expect, it, vi } from 'vitest';
import type { TokenResponse } from '../../api/xueshi-client';
import { createAuthFetch } from './authFetch';
import { createTokenStore, type TokenSet } from '../session/tokenStore';

const NOW = Date.UTC(2025, 0, 1, 8, 0, 0);

function signedInStore(overrides: Partial<TokenSet> = {}) {
  const store = createTokenStore();
  store.set({ accessToken: 'old-access', accessExpiresAt: NOW + 10 * 60_000, ...overrides });
  return store;
}

const rotated: TokenResponse = {
  accessToken: 'new-access',
  tokenType: 'Bearer',
  expiresIn: 900,
  // The server sets the rotated refresh token as the HttpOnly cookie; the body has none.
  refreshToken: undefined,
  refreshTokenExpiresIn: 604_800, consentRequired: false, basicsRequired: false,
};

const problem = (status: number, code: string) => ({ status, code, title: '登录已失效', type: 'about:blank' });

/** A server that accepts only the given access token on /api/v1/me. */
function serverAccepting(validToken: string) {
  return vi.fn(async (_url: RequestInfo, init?: RequestInit) => {
    const auth = new Headers(init?.headers).get('Authorization');
    return auth === `Bearer ${validToken}`
      ? new Response(JSON.stringify({ nickname: '李老师' }), { status: 200 })
      : new Response(JSON.stringify(problem(401, 'auth.unauthenticated')), { status: 401 });
  });
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('authenticated fetch', () => {
  it('sends the stored access token as a bearer token', async () => {
    const store = signedInStore();
    const fetch = serverAccepting('old-access');
    const refresh = vi.fn();
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW });

    const response = await http.fetch('/api/v1/me', { method: 'GET', headers: { Accept: 'application/json' } });

    expect(response.status).toBe(200);
    const sent = new Headers(fetch.mock.calls[0][1]?.headers);
    expect(sent.get('Authorization')).toBe('Bearer old-access');
    expect(sent.get('Accept')).toBe('application/json');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes before sending when the access token has less than 30 seconds left', async () => {
    const store = signedInStore({ accessExpiresAt: NOW + 20_000 });
    const fetch = serverAccepting('new-access');
    const refresh = vi.fn(async () => rotated);
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW });

    const response = await http.fetch('/api/v1/me');

    expect(response.status).toBe(200);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ accessToken: 'new-access', accessExpiresAt: NOW + 900_000 });
  });

  it('answers two concurrent 401s with a single refresh and retries both', async () => {
    const store = signedInStore();
    const fetch = serverAccepting('new-access');
    const pending = deferred<TokenResponse>();
    const refresh = vi.fn(() => pending.promise);
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW });

    const first = http.fetch('/api/v1/me');
    const second = http.fetch('/api/v1/me');
    await vi.waitFor(() => expect(refresh).toHaveBeenCalled());
    pending.resolve(rotated);
    const responses = await Promise.all([first, second]);

    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(store.get()?.accessToken).toBe('new-access');
  });

  it('ends the session when the refresh is refused, and hands the 401 back to the caller', async () => {
    const store = signedInStore();
    const fetch = serverAccepting('never');
    const refresh = vi.fn(async () => {
      throw problem(401, 'auth.refresh_token_invalid');
    });
    const onSessionExpired = vi.fn();
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW, onSessionExpired });

    const response = await http.fetch('/api/v1/me');

    expect(response.status).toBe(401);
    expect(store.get()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('retries only once: a second 401 after a successful refresh is returned, not looped on', async () => {
    const store = signedInStore();
    const fetch = serverAccepting('never');
    const refresh = vi.fn(async () => rotated);
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW });

    const response = await http.fetch('/api/v1/me');

    expect(response.status).toBe(401);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps the session when the refresh fails for lack of network, so it can be retried later', async () => {
    const store = signedInStore({ accessExpiresAt: NOW + 5_000 });
    const fetch = serverAccepting('new-access');
    const refresh = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW });

    await expect(http.fetch('/api/v1/me')).rejects.toThrow('Failed to fetch');
    expect(store.get()?.accessToken).toBe('old-access');
  });

  it('restores a session after a reload: requests made meanwhile wait for the one cookie refresh', async () => {
    const store = createTokenStore();
    const fetch = serverAccepting('new-access');
    const pending = deferred<TokenResponse>();
    const refresh = vi.fn(() => pending.promise);
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW });

    const restored = http.refreshTokens();
    const first = http.fetch('/api/v1/me');
    const second = http.fetch('/api/v1/me');
    pending.resolve(rotated);

    expect(await restored).toEqual({ accessToken: 'new-access', accessExpiresAt: NOW + 900_000 });
    expect((await Promise.all([first, second])).map((r) => r.status)).toEqual([200, 200]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('ends quietly to signed out when a reload finds no valid cookie', async () => {
    const store = createTokenStore();
    const refresh = vi.fn(async () => {
      throw problem(401, 'auth.refresh_token_invalid');
    });
    const onSessionExpired = vi.fn();
    const http = createAuthFetch({ store, refresh, fetch: serverAccepting('x'), now: () => NOW, onSessionExpired });

    expect(await http.refreshTokens()).toBeNull();
    expect(store.get()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('holds the cross-tab lock for the refresh, so two tabs never present the same rotating cookie', async () => {
    const store = signedInStore({ accessExpiresAt: NOW + 5_000 });
    const order: string[] = [];
    const exclusive = async <T,>(run: () => Promise<T>): Promise<T> => {
      order.push('lock');
      const result = await run();
      order.push('unlock');
      return result;
    };
    const refresh = vi.fn(async () => {
      order.push('refresh');
      return rotated;
    });
    const http = createAuthFetch({ store, refresh, fetch: serverAccepting('new-access'), now: () => NOW, exclusive });

    expect((await http.fetch('/api/v1/me')).status).toBe(200);
    expect(order).toEqual(['lock', 'refresh', 'unlock']);
  });

  it('sends anonymous requests untouched when nobody is signed in', async () => {
    const store = createTokenStore();
    const fetch = serverAccepting('x');
    const refresh = vi.fn();
    const http = createAuthFetch({ store, refresh, fetch, now: () => NOW });

    const response = await http.fetch('/api/v1/me');

    expect(response.status).toBe(401);
    expect(refresh).not.toHaveBeenCalled();
    expect(new Headers(fetch.mock.calls[0][1]?.headers).has('Authorization')).toBe(false);
  });
});
