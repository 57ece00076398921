import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { TokenResponse } from '../../api/xueshi-client';
import { api } from '../api/api';
import { isRestoring, setSignedInHint, subscribeRestoring, tokenStore } from './session';
import { tokensFromResponse } from './tokenStore';

export function useSignedIn(): boolean {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get) !== null;
}

/** True while a reload restores the session through the refresh cookie. */
export function useSessionRestoring(): boolean {
  return useSyncExternalStore(subscribeRestoring, isRestoring);
}

export function useAuthActions() {
  const queryClient = useQueryClient();

  const signIn = useCallback(
    (response: TokenResponse) => {
      // Whatever was cached belonged to whoever was signed in before.
      queryClient.clear();
      setSignedInHint(true);
      tokenStore.set(tokensFromResponse(response, Date.now()));
    },
    [queryClient],
  );

  /** Forgets the session on this device only: for when the server has already ended it. */
  const signOutLocally = useCallback(() => {
    setSignedInHint(false);
    tokenStore.clear();
    queryClient.clear();
  }, [queryClient]);

  /** Revokes the session on the server (which expires the cookie), then forgets it here whether or not the server answered. */
  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } catch {
      // Offline or already revoked: the device must still end up signed out.
    } finally {
      signOutLocally();
    }
  }, [signOutLocally]);

  return { signIn, signOut, signOutLocally };
}
