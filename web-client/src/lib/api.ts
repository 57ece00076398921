// The only module that talks to the API client. TEMPORARY: until NSwag generates
// src/api/xueshi-client.ts this file speaks plain fetch with the generated client's contract
// (declared errors are thrown as the parsed ProblemDetails object).
import type { Me, RegisteredAccount, RegisterInput, SignInInput, SmsCodeSent, SmsPurpose, TokenResponse } from './apiTypes';
import { createAuthFetch, type FetchLike } from './authFetch';
import { markSessionExpired, tokenStore } from './session';

const baseUrl = '';
const publicFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

async function call<T>(http: FetchLike, method: string, path: string, body?: unknown): Promise<T> {
  const response = await http(baseUrl + path, {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) throw data ?? { status: response.status, title: '', code: `http_${response.status}` };
  return data as T;
}

function refreshToken(refreshTokenValue: string): Promise<TokenResponse> {
  return call<TokenResponse>(publicFetch, 'POST', '/api/v1/auth/tokens/refresh', { refreshToken: refreshTokenValue });
}

export const authFetch = createAuthFetch({
  store: tokenStore,
  refresh: refreshToken,
  onSessionExpired: markSessionExpired,
});

export const api = {
  requestSmsCode(phone: string, purpose: SmsPurpose): Promise<SmsCodeSent> {
    return call(publicFetch, 'POST', '/api/v1/auth/sms-codes', { phone, purpose });
  },
  register(input: RegisterInput): Promise<RegisteredAccount> {
    return call(publicFetch, 'POST', '/api/v1/accounts', input);
  },
  issueToken(input: SignInInput): Promise<TokenResponse> {
    return call(publicFetch, 'POST', '/api/v1/auth/tokens', input);
  },
  getMe(): Promise<Me> {
    return call(authFetch.fetch, 'GET', '/api/v1/me');
  },
};
