import { createTokenStore } from './tokenStore';

/** The access token of this tab, in memory only. */
export const tokenStore = createTokenStore();

/**
 * A hint, not a credential: "this browser signed in and has not signed out", so a reload knows to
 * restore the session through the refresh cookie, and a visitor who never signed in causes no
 * refresh call. Another tab's sign-out clears it, which signs this tab out too.
 */
export const SIGNED_IN_HINT_KEY = 'xueshi.signedIn';

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function hasSignedInHint(): boolean {
  return storage()?.getItem(SIGNED_IN_HINT_KEY) === '1';
}

export function setSignedInHint(signedIn: boolean): void {
  try {
    if (signedIn) storage()?.setItem(SIGNED_IN_HINT_KEY, '1');
    else storage()?.removeItem(SIGNED_IN_HINT_KEY);
  } catch {
    // Without storage a reload simply asks to sign in again.
  }
}

// True while a reload restores the session through the cookie: guards wait instead of redirecting.
let restoring = false;
const restoringListeners = new Set<() => void>();

export function isRestoring(): boolean {
  return restoring;
}

export function setRestoring(value: boolean): void {
  if (restoring === value) return;
  restoring = value;
  restoringListeners.forEach((l) => l());
}

export function subscribeRestoring(listener: () => void): () => void {
  restoringListeners.add(listener);
  return () => restoringListeners.delete(listener);
}

// Set when the server refused to refresh the session, so the login page can say why the user
// landed there; a deliberate sign-out does not set it.
let expired = false;

export function markSessionExpired(): void {
  expired = true;
  setSignedInHint(false);
}

export function takeSessionExpired(): boolean {
  const was = expired;
  expired = false;
  return was;
}
