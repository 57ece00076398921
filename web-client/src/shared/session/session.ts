import { createTokenStore } from './tokenStore';

export const tokenStore = createTokenStore(window.localStorage);

// Set when the server refused to refresh the session, so the login page can say why the user
// landed there; a deliberate sign-out does not set it.
let expired = false;

export function markSessionExpired(): void {
  expired = true;
}

export function takeSessionExpired(): boolean {
  const was = expired;
  expired = false;
  return was;
}
