import { describe, expect, it, vi } from 'vitest';
import { fetchDevSmsCode } from './devInbox';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('fetchDevSmsCode', () => {
  it('returns the newest code sent for the purpose asked', async () => {
    const fetch = vi.fn(async () =>
      json([
        { phone: '13800000000', purpose: 'signIn', code: '222222', sentAt: '2025-01-01T08:02:00Z' },
        { phone: '13800000000', purpose: 'register', code: '111111', sentAt: '2025-01-01T08:01:00Z' },
        { phone: '13800000000', purpose: 'register', code: '000000', sentAt: '2025-01-01T08:00:00Z' },
      ]),
    );

    expect(await fetchDevSmsCode('13800000000', 'register', fetch)).toBe('111111');
    expect(fetch).toHaveBeenCalledWith('/api/v1/dev/sms-messages?phone=13800000000', expect.anything());
  });

  it('accepts the purpose spelt as the server enum name', async () => {
    const fetch = vi.fn(async () =>
      json([{ phone: '13800000000', purpose: 'SignIn', code: '333333', sentAt: '2025-01-01T08:02:00Z' }]),
    );
    expect(await fetchDevSmsCode('13800000000', 'signIn', fetch)).toBe('333333');
  });

  it('stays silent outside the Development environment (404)', async () => {
    const fetch = vi.fn(async () => json({ status: 404, title: '未找到' }, 404));
    expect(await fetchDevSmsCode('13800000000', 'register', fetch)).toBeNull();
  });

  it('stays silent when the answer is the SPA page instead of JSON', async () => {
    const fetch = vi.fn(async () => new Response('<!doctype html><html></html>', { status: 200 }));
    expect(await fetchDevSmsCode('13800000000', 'register', fetch)).toBeNull();
  });

  it('stays silent when the network fails', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchDevSmsCode('13800000000', 'signIn', fetch)).toBeNull();
  });
});
