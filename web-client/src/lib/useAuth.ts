import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { TokenResponse } from './apiTypes';
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

  const signOut = useCallback(() => {
    tokenStore.clear();
    queryClient.clear();
  }, [queryClient]);

  return { signIn, signOut };
}
