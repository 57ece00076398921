import type { TokenResponse } from '../../api/xueshi-client';

/** Where builds before the refresh cookie kept both tokens; removed at start so none lingers. */
export const LEGACY_TOKEN_STORAGE_KEY = 'xueshi.auth';

/** Refresh this long before the access token expires, so a request never leaves with a token about to die. */
export const REFRESH_MARGIN_MS = 30_000;

/**
 * What this tab knows of its session. The refresh token is not here: it lives in the HttpOnly
 * cookie xueshi_refresh, out of reach of any script (an injected one included).
 */
export interface TokenSet {
  accessToken: string;
  /** Epoch milliseconds. */
  accessExpiresAt: number;
}

export function tokensFromResponse(response: TokenResponse, now: number): TokenSet {
  return { accessToken: response.accessToken, accessExpiresAt: now + response.expiresIn * 1000 };
}

export function accessTokenNeedsRefresh(tokens: TokenSet, now: number): boolean {
  return tokens.accessExpiresAt - now <= REFRESH_MARGIN_MS;
}

export interface TokenStore {
  get(): TokenSet | null;
  set(tokens: TokenSet): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

/** The access token in memory only: a reload starts empty and refreshes through the cookie. */
export function createTokenStore(): TokenStore {
  const listeners = new Set<() => void>();
  let current: TokenSet | null = null;
  const notify = () => listeners.forEach((l) => l());
  return {
    get: () => current,
    set(tokens) {
      current = tokens;
      notify();
    },
    clear() {
      if (current === null) return;
      current = null;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Forgets the tokens an earlier build kept in localStorage: a refresh token there is readable by any script. */
export function removeLegacyTokens(storage: Storage): void {
  try {
    storage.removeItem(LEGACY_TOKEN_STORAGE_KEY);
  } catch {
    // Storage may be disabled; then nothing was kept there either.
  }
}
