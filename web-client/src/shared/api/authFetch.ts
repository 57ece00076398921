import type { TokenResponse } from '../../api/xueshi-client';
import { toProblem } from '../problem/problem';
import { accessTokenNeedsRefresh, tokensFromResponse, type TokenSet, type TokenStore } from '../session/tokenStore';

export type FetchLike = (url: RequestInfo, init?: RequestInit) => Promise<Response>;

export interface AuthFetchOptions {
  store: TokenStore;
  /**
   * Exchanges the refresh token for new tokens; throws (ProblemDetails or ApiException) when refused.
   * It takes no argument: the refresh token travels in the HttpOnly cookie, which scripts cannot read.
   */
  refresh: () => Promise<TokenResponse>;
  fetch?: FetchLike;
  now?: () => number;
  /** Called after the session was ended because the server would not refresh it. */
  onSessionExpired?: () => void;
  /**
   * Runs a refresh while holding a lock shared by every tab of the site, so two tabs never present
   * the same (rotating) cookie at once: the second would look like a replay and end the sign-in.
   */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T>;
}

export interface AuthFetch {
  /** Shaped like the `http` argument of the NSwag clients. */
  fetch: FetchLike;
  /** Refreshes now, sharing a refresh already under way. Resolves to null when the session ended. */
  refreshTokens(): Promise<TokenSet | null>;
}

/** Web Locks where the browser has them (every current one); otherwise just run. */
export async function acrossTabs<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? await locks.request('xueshi.refresh', run) : run();
}

/**
 * The fetch the authenticated API clients use: adds the bearer token, refreshes it shortly before
 * it expires, and after a 401 refreshes once and retries once. Concurrent callers share one
 * refresh call, because the refresh token rotates: a second call with the same cookie would be
 * refused and sign the user out. A request made while a refresh is under way (a reload restoring
 * the session) waits for it rather than leaving without a token.
 */
export function createAuthFetch(options: AuthFetchOptions): AuthFetch {
  const { store, refresh } = options;
  const baseFetch: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const now = options.now ?? Date.now;
  const exclusive = options.exclusive ?? acrossTabs;
  let inflight: Promise<TokenSet | null> | null = null;

  const runRefresh = async (): Promise<TokenSet | null> => {
    try {
      const next = tokensFromResponse(await exclusive(refresh), now());
      store.set(next);
      return next;
    } catch (error) {
      const { status } = toProblem(error);
      if (status === 400 || status === 401 || status === 403) {
        store.clear();
        options.onSessionExpired?.();
        return null;
      }
      // Offline or a server error: keep the session so a later request can still refresh it.
      throw error;
    }
  };

  const refreshTokens = (): Promise<TokenSet | null> => {
    inflight ??= runRefresh().finally(() => {
      inflight = null;
    });
    return inflight;
  };

  const send = (url: RequestInfo, init: RequestInit | undefined, accessToken: string | undefined) => {
    const request = url instanceof Request ? url.clone() : url;
    const headers = new Headers(init?.headers ?? (url instanceof Request ? url.headers : undefined));
    if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);
    return baseFetch(request, { ...init, headers });
  };

  const authFetch: FetchLike = async (url, init) => {
    let tokens = store.get();
    if (!tokens && inflight) tokens = await inflight.catch(() => null);
    else if (tokens && accessTokenNeedsRefresh(tokens, now())) tokens = await refreshTokens();

    const sentToken = tokens?.accessToken;
    const response = await send(url, init, sentToken);
    if (response.status !== 401 || !sentToken) return response;

    // A parallel request may already have refreshed while this one was in flight.
    const latest = store.get();
    const retryTokens = latest && latest.accessToken !== sentToken ? latest : await refreshTokens();
    if (!retryTokens) return response;
    return send(url, init, retryTokens.accessToken);
  };

  return { fetch: authFetch, refreshTokens };
}
