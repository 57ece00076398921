import { authFetch } from '../api/api';
import { SIGNED_IN_HINT_KEY, hasSignedInHint, setRestoring, tokenStore } from './session';
import { removeLegacyTokens } from './tokenStore';

/**
 * Run once before the app renders. Forgets the tokens older builds kept in localStorage, follows a
 * sign-out made in another tab, and after a reload restores the session silently through the
 * refresh cookie; until that answers, the route guards wait instead of sending the user to sign in.
 */
export async function startSession(storage: Storage = window.localStorage): Promise<void> {
  removeLegacyTokens(storage);
  window.addEventListener('storage', (event) => {
    if ((event.key === SIGNED_IN_HINT_KEY || event.key === null) && !hasSignedInHint()) tokenStore.clear();
  });
  if (tokenStore.get() || !hasSignedInHint()) return;
  setRestoring(true);
  try {
    await authFetch.refreshTokens();
  } catch {
    // Offline or a server error: the guards send the user to sign in, which they can retry.
  } finally {
    setRestoring(false);
  }
}
