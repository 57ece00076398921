import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import type { TokenResponse } from '../../api/xueshi-client';
import { tokenStore } from './session';
import { tokensFromResponse } from './tokenStore';

export function useSignedIn(): boolean {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get) !== null;
}

export function useAuthActions() {
  const queryClient = useQueryClient();

  const signIn = useCallback(
    (response: TokenResponse) => {
      // Whatever was cached belonged to whoever was signed in before.
      queryClient.clear();
      tokenStore.set(tokensFromResponse(response, Date.now()));
    },
    [queryClient],
  );

  /** Forgets the session on this device only: for when the server has already ended it. */
  const signOutLocally = useCallback(() => {
    tokenStore.clear();
    queryClient.clear();
  }, [queryClient]);

  /** Revokes the session on the server, then forgets it here whether or not the server answered. */
  const signOut = useCallback(async () => {
    const refreshToken = tokenStore.get()?.refreshToken;
    try {
      if (refreshToken) await api.signOut(refreshToken);
    } catch {
      // Offline or already revoked: the device must still end up signed out.
    } finally {
      signOutLocally();
    }
  }, [signOutLocally]);

  return { signIn, signOut, signOutLocally };
}
