import type { TokenResponse } from '../../api/xueshi-client';

export const TOKEN_STORAGE_KEY = 'xueshi.auth';

/** Refresh this long before the access token expires, so a request never leaves with a token about to die. */
export const REFRESH_MARGIN_MS = 30_000;

export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds. */
  accessExpiresAt: number;
  /** Epoch milliseconds. */
  refreshExpiresAt: number;
}

export function tokensFromResponse(response: TokenResponse, now: number): TokenSet {
  return {
    accessToken: response.accessToken,
    refreshToken: response.refreshToken,
    accessExpiresAt: now + response.expiresIn * 1000,
    refreshExpiresAt: now + response.refreshTokenExpiresIn * 1000,
  };
}

export function accessTokenNeedsRefresh(tokens: TokenSet, now: number): boolean {
  return tokens.accessExpiresAt - now <= REFRESH_MARGIN_MS;
}

export function refreshTokenExpired(tokens: TokenSet, now: number): boolean {
  return tokens.refreshExpiresAt <= now;
}

export interface TokenStore {
  get(): TokenSet | null;
  set(tokens: TokenSet): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

function parse(raw: string | null): TokenSet | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<TokenSet> | null;
    if (
      value &&
      typeof value.accessToken === 'string' &&
      typeof value.refreshToken === 'string' &&
      typeof value.accessExpiresAt === 'number' &&
      typeof value.refreshExpiresAt === 'number'
    ) {
      return value as TokenSet;
    }
  } catch {
    // A corrupt entry means "signed out", not a crashed app.
  }
  return null;
}

/**
 * Both tokens live under one key so they can never be half-updated. get() re-reads storage each
 * time (another tab may have rotated the refresh token) but returns the same object while the
 * stored text is unchanged, which useSyncExternalStore requires.
 */
export function createTokenStore(storage: Storage, key: string = TOKEN_STORAGE_KEY): TokenStore {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null = null;
  let cached: TokenSet | null = null;

  const notify = () => listeners.forEach((l) => l());

  const read = (): TokenSet | null => {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      raw = null;
    }
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cached = parse(raw);
    }
    return cached;
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) notify();
  };

  return {
    get: read,
    set(tokens) {
      storage.setItem(key, JSON.stringify(tokens));
      notify();
    },
    clear() {
      storage.removeItem(key);
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0 && typeof window !== 'undefined') {
        window.addEventListener('storage', onStorage);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') {
          window.removeEventListener('storage', onStorage);
        }
      };
    },
  };
}
