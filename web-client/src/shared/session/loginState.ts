/** What the router carries to /login. */
export interface LoginLocationState {
  /** Where to go back to after signing in. */
  from?: string;
  /** Phone to prefill, e.g. after registering when the automatic sign-in failed. */
  phone?: string;
  /** A message for the login page, e.g. after the phone number changed. */
  notice?: string;
}

/** Only same-site paths are followed, so a crafted link cannot send the user elsewhere. */
export function afterSignInPath(state: unknown): string {
  const from = (state as LoginLocationState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login')
    ? from
    : '/me';
}
