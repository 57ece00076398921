import { describe, expect, it, vi } from 'vitest';
import { api } from './api';
import { toProblem } from '../problem/problem';
import { tokenStore } from '../session/session';

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

const me = { accountId: 'a1', phone: '13912345678', nickname: '李老师', identity: 'teacher', roles: [], registeredAt: '2025-01-01T00:00:00Z', consentRequired: false, basicsRequired: false, hasPassword: true };

// These go through the real generated client, so they fail if a regenerated client changes how
// it sends requests or throws errors.
describe('api over the generated client', () => {
  it('sends the register request the server expects', async () => {
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) =>
      json({ accountId: 'a1', phone: '13912345678', identity: 'teacher', nickname: '李老师' }, 201),
    );
    vi.stubGlobal('fetch', fetch);

    const created = await api.register({ phone: '13912345678', smsCode: '123456', password: 'abc12345', identity: 'itStaff', nickname: '李老师', userAgreementVersion: 1, privacyPolicyVersion: 1 });

    expect(created.accountId).toBe('a1');
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/accounts');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      phone: '13912345678',
      smsCode: '123456',
      password: 'abc12345',
      identity: 'itStaff',
      nickname: '李老师',
      userAgreementVersion: 1,
      privacyPolicyVersion: 1,
    });
  });

  it('surfaces a declared error as the server ProblemDetails, title and all', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({ status: 429, code: 'accounts.sms_code_too_frequent', title: '验证码发送过于频繁', retryAfterSeconds: 51 }, 429),
      ),
    );

    const error = await api.requestSmsCode('13912345678', 'register').catch((e: unknown) => e);

    expect(toProblem(error)).toMatchObject({ status: 429, title: '验证码发送过于频繁', retryAfterSeconds: 51 });
  });

  it('surfaces an undeclared error status with its ProblemDetails too', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ status: 500, code: 'internal_error', title: '服务器内部错误' }, 500)));

    const error = await api.issueToken({ phone: '13912345678', password: 'abc12345' }).catch((e: unknown) => e);

    expect(toProblem(error)).toMatchObject({ status: 500, code: 'internal_error', title: '服务器内部错误' });
  });

  it('loads 我的 with the bearer token, refreshing once through the refresh endpoint after a 401', async () => {
    const now = Date.now();
    tokenStore.set({ accessToken: 'stale', accessExpiresAt: now + 600_000 });
    const fetch = vi.fn(async (url: RequestInfo, init?: RequestInit) => {
      if (url === '/api/v1/auth/tokens/refresh') {
        // No token in the body: the browser sends the HttpOnly cookie, and gets the rotated one back.
        expect(JSON.parse(String(init?.body))).toEqual({ refreshTokenInCookie: true });
        return json({ accessToken: 'fresh', tokenType: 'Bearer', expiresIn: 900, refreshTokenExpiresIn: 86_400, consentRequired: false, basicsRequired: false }, 200);
      }
      const auth = new Headers(init?.headers).get('Authorization');
      return auth === 'Bearer fresh' ? json(me, 200) : json({ status: 401, code: 'auth.unauthenticated', title: '请先登录' }, 401);
    });
    vi.stubGlobal('fetch', fetch);

    expect(await api.getMe()).toEqual(me);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/v1/me', '/api/v1/auth/tokens/refresh', '/api/v1/me']);
    expect(tokenStore.get()?.accessToken).toBe('fresh');
  });

  it('signs in asking for the refresh token as the HttpOnly cookie, never in the body', async () => {
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) =>
      json({ accessToken: 'at', tokenType: 'Bearer', expiresIn: 900, refreshTokenExpiresIn: 86_400, consentRequired: false, basicsRequired: false }, 200),
    );
    vi.stubGlobal('fetch', fetch);

    await api.issueToken({ phone: '13912345678', password: 'abc12345' });

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/auth/tokens');
    expect(JSON.parse(String(init?.body))).toEqual({ phone: '13912345678', password: 'abc12345', refreshTokenInCookie: true });
  });

  it('signs out with no token in the body, so the server ends the cookie\'s session and expires it', async () => {
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);

    await api.signOut();

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/auth/sign-out');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({});
  });
});

// The issue-3 clients arrive with the backend merge; until the client is regenerated these skip.
const generatedClients = await import('../../api/xueshi-client');
const generated = (name: string) => name in generatedClients;

describe('api over the issue-3 clients', () => {
  const signedIn = () => {
    const now = Date.now();
    tokenStore.set({ accessToken: 'a1', accessExpiresAt: now + 600_000 });
  };

  it.skipIf(!generated('ProfileClient'))('resets the password at /auth/password-resets', async () => {
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);

    await api.resetPassword({ phone: '13912345678', smsCode: '123456', newPassword: 'abc12345' });

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/auth/password-resets');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ phone: '13912345678', smsCode: '123456', newPassword: 'abc12345' });
  });

  it.skipIf(!generated('ProfileClient'))('switches a student to teacher with the confirmation, as the signed-in user', async () => {
    signedIn();
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) => json({ ...me, identity: 'teacher' }, 200));
    vi.stubGlobal('fetch', fetch);

    expect((await api.switchIdentityToTeacher(true)).identity).toBe('teacher');

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/me/identity-switch');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer a1');
    expect(JSON.parse(String(init?.body))).toEqual({ identity: 'teacher', confirmClearStudentData: true });
  });

  it.skipIf(!generated('ProfileClient'))('reads the admin scopes from /me/admin-scopes', async () => {
    signedIn();
    const scopes = { schools: [{ id: 's1', name: '演示小学' }], regions: [] };
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) => json(scopes, 200));
    vi.stubGlobal('fetch', fetch);

    expect(await api.getMyAdminScopes()).toEqual(scopes);
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/me/admin-scopes');
  });

  it.skipIf(!generated('ProfileClient'))('keeps the lockedFields of a profile_locked refusal', async () => {
    signedIn();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ status: 409, code: 'accounts.profile_locked', title: '认证通过后不可修改', lockedFields: ['realName', 'schoolId'] }, 409)),
    );

    const error = await api.updateMyProfile({ realName: '王芳' }).catch((e: unknown) => e);

    expect(toProblem(error)).toMatchObject({ status: 409, code: 'accounts.profile_locked', lockedFields: ['realName', 'schoolId'] });
  });

  it.skipIf(!generated('RebindingClient'))('sends the rebinding request as a form with the photo', async () => {
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) => json({ requestId: 'q1', status: 'pending' }, 202));
    vi.stubGlobal('fetch', fetch);
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'id.jpg', { type: 'image/jpeg' });

    const receipt = await api.submitPhoneRebindRequest({
      realName: '王芳',
      idType: 'residentId',
      idNumber: '11010519491231002X',
      oldPhone: '13912345678',
      newPhone: '13987654321',
      newPhoneCode: '123456',
      photo,
    });

    expect(receipt).toEqual({ requestId: 'q1', status: 'pending' });
    const body = fetch.mock.calls[0][1]?.body;
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect(form.get('realName')).toBe('王芳');
    expect(form.get('idType')).toBe('residentId');
    expect((form.get('photo') as File).name).toBe('id.jpg');
  });
});
