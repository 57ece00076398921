// The one module that uses the NSwag-generated client (src/api/, never edited by hand). Pages call
// `api` with the app's own types (apiTypes.ts), so a regenerated client only ever changes this file.
import {
  AccountIdentity,
  AccountsClient,
  AuthClient,
  MeClient,
  SmsPurpose as ApiSmsPurpose,
} from '../api/xueshi-client';
import type { Me, RegisteredAccount, RegisterInput, SignInInput, SmsCodeSent, SmsPurpose, TokenResponse } from './apiTypes';
import { createAuthFetch } from './authFetch';
import type { Identity } from './identity';
import { markSessionExpired, tokenStore } from './session';

// Same origin: the backend serves the SPA, and the Vite dev server proxies /api to it.
const baseUrl = '';

// Looked up at call time, so tests can stub the global fetch.
const publicHttp = { fetch: (url: RequestInfo, init?: RequestInit) => globalThis.fetch(url, init) };

const authClient = new AuthClient(baseUrl, publicHttp);
const accountsClient = new AccountsClient(baseUrl, publicHttp);

export const authFetch = createAuthFetch({
  store: tokenStore,
  // The refresh goes through the public client: it must not itself wait on a refresh.
  refresh: (refreshToken) => authClient.refreshToken({ refreshToken }),
  onSessionExpired: markSessionExpired,
});

const meClient = new MeClient(baseUrl, { fetch: authFetch.fetch });

const apiIdentity: Record<Identity, AccountIdentity> = {
  teacher: AccountIdentity.Teacher,
  student: AccountIdentity.Student,
  parent: AccountIdentity.Parent,
  researcher: AccountIdentity.Researcher,
  itStaff: AccountIdentity.ItStaff,
  manager: AccountIdentity.Manager,
};

const apiPurpose: Record<SmsPurpose, ApiSmsPurpose> = {
  register: ApiSmsPurpose.Register,
  signIn: ApiSmsPurpose.SignIn,
};

export const api = {
  requestSmsCode(phone: string, purpose: SmsPurpose): Promise<SmsCodeSent> {
    return authClient.requestSmsCode({ phone, purpose: apiPurpose[purpose] });
  },
  register(input: RegisterInput): Promise<RegisteredAccount> {
    return accountsClient.register({ ...input, identity: apiIdentity[input.identity] });
  },
  issueToken(input: SignInInput): Promise<TokenResponse> {
    return authClient.issueToken(input);
  },
  getMe(): Promise<Me> {
    return meClient.getMe();
  },
};
