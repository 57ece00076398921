import { describe, expect, it, vi } from 'vitest';
import { api } from './api';
import { toProblem } from './problem';
import { tokenStore } from './session';

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

const me = { accountId: 'a1', phone: '13912345678', nickname: '李老师', identity: 'teacher', roles: [], registeredAt: '2025-01-01T00:00:00Z' };

// These go through the real generated client, so they fail if a regenerated client changes how
// it sends requests or throws errors.
describe('api over the generated client', () => {
  it('sends the register request the server expects', async () => {
    const fetch = vi.fn(async (_url: RequestInfo, _init?: RequestInit) =>
      json({ accountId: 'a1', phone: '13912345678', identity: 'teacher', nickname: '李老师' }, 201),
    );
    vi.stubGlobal('fetch', fetch);

    const created = await api.register({ phone: '13912345678', smsCode: '123456', password: 'abc12345', identity: 'itStaff', nickname: '李老师' });

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
    tokenStore.set({ accessToken: 'stale', refreshToken: 'r1', accessExpiresAt: now + 600_000, refreshExpiresAt: now + 9e8 });
    const fetch = vi.fn(async (url: RequestInfo, init?: RequestInit) => {
      if (url === '/api/v1/auth/tokens/refresh') {
        expect(JSON.parse(String(init?.body))).toEqual({ refreshToken: 'r1' });
        return json({ accessToken: 'fresh', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r2', refreshTokenExpiresIn: 86_400 }, 200);
      }
      const auth = new Headers(init?.headers).get('Authorization');
      return auth === 'Bearer fresh' ? json(me, 200) : json({ status: 401, code: 'auth.unauthenticated', title: '请先登录' }, 401);
    });
    vi.stubGlobal('fetch', fetch);

    expect(await api.getMe()).toEqual(me);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/v1/me', '/api/v1/auth/tokens/refresh', '/api/v1/me']);
    expect(tokenStore.get()?.refreshToken).toBe('r2');
  });
});
