// The app's view of the API. src/lib/api.ts translates to and from the NSwag-generated client,
// so pages never depend on the generator's choices (classes vs interfaces, Date vs string).
import type { Identity } from './identity';

export type SmsPurpose = 'register' | 'signIn';

export interface SmsCodeSent {
  phone: string;
  purpose: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export interface RegisterInput {
  phone: string;
  smsCode: string;
  password: string;
  identity: Identity;
  nickname: string;
}

export interface RegisteredAccount {
  accountId: string;
  phone: string;
  identity: string;
  nickname: string;
}

export type SignInInput = { phone: string; password: string } | { phone: string; smsCode: string };

export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  /** Seconds until the refresh token expires. */
  refreshTokenExpiresIn: number;
}

export interface Me {
  accountId: string;
  phone: string;
  nickname: string;
  identity: string;
  roles: string[];
  /** ISO 8601 instant. */
  registeredAt: string;
}
