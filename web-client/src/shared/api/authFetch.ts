import type { TokenResponse } from '../../api/xueshi-client';
import { toProblem } from '../problem/problem';
import {
  accessTokenNeedsRefresh,
  refreshTokenExpired,
  tokensFromResponse,
  type TokenSet,
  type TokenStore,
} from '../session/tokenStore';

export type FetchLike = (url: RequestInfo, init?: RequestInit) => Promise<Response>;

export interface AuthFetchOptions {
  store: TokenStore;
  /** Exchanges a refresh token for new tokens; throws (ProblemDetails or ApiException) when refused. */
  refresh: (refreshToken: string) => Promise<TokenResponse>;
  fetch?: FetchLike;
  now?: () => number;
  /** Called after the session was ended because the server would not refresh it. */
  onSessionExpired?: () => void;
}

export interface AuthFetch {
  /** Shaped like the `http` argument of the NSwag clients. */
  fetch: FetchLike;
  /** Refreshes now, sharing a refresh already under way. Resolves to null when the session ended. */
  refreshTokens(): Promise<TokenSet | null>;
}

/**
 * The fetch the authenticated API clients use: adds the bearer token, refreshes it shortly before
 * it expires, and after a 401 refreshes once and retries once. Concurrent callers share one
 * refresh call, because the refresh token rotates: a second call with the same token would be
 * refused and sign the user out.
 */
export function createAuthFetch(options: AuthFetchOptions): AuthFetch {
  const { store, refresh } = options;
  const baseFetch: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const now = options.now ?? Date.now;
  let inflight: Promise<TokenSet | null> | null = null;

  const endSession = () => {
    store.clear();
    options.onSessionExpired?.();
  };

  const runRefresh = async (): Promise<TokenSet | null> => {
    const current = store.get();
    if (!current) return null;
    if (refreshTokenExpired(current, now())) {
      endSession();
      return null;
    }
    try {
      const next = tokensFromResponse(await refresh(current.refreshToken), now());
      store.set(next);
      return next;
    } catch (error) {
      // Another tab may have rotated the token meanwhile; its tokens are as good as ours.
      const latest = store.get();
      if (latest && latest.refreshToken !== current.refreshToken) return latest;
      const { status } = toProblem(error);
      if (status === 400 || status === 401 || status === 403) {
        endSession();
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
    if (tokens && accessTokenNeedsRefresh(tokens, now())) tokens = await refreshTokens();

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
