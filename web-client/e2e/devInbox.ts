import { expect, type APIRequestContext, type Locator } from '@playwright/test';

interface DevSmsMessage {
  phone: string;
  purpose: string;
  code: string;
  sentAt: string;
}

export async function devSmsMessages(request: APIRequestContext, phone: string): Promise<DevSmsMessage[]> {
  const response = await request.get(`/api/v1/dev/sms-messages?phone=${phone}`);
  expect(response.status(), 'the Development environment exposes the SMS inbox').toBe(200);
  return (await response.json()) as DevSmsMessage[];
}

/**
 * Clicks 获取验证码 in `scope` and returns the code the backend "sent". The server allows one code
 * per phone per minute whatever its purpose, so when the previous code is too recent the button
 * counts down from the server's retryAfterSeconds: wait for it and ask again.
 */
export async function requestSmsCode(
  request: APIRequestContext,
  scope: Locator,
  phone: string,
  purpose: 'register' | 'signIn',
): Promise<string> {
  const before = (await devSmsMessages(request, phone)).length;
  const button = scope.getByRole('button', { name: /获取验证码|秒后重新获取/ });

  for (let attempt = 1; attempt <= 2; attempt++) {
    await expect(button).toHaveText('获取验证码', { timeout: 75_000 });
    await button.click();
    await expect(button, 'the button counts down after a request').toHaveText(/\d+ 秒后重新获取/);
    let code: string | undefined;
    await expect
      .poll(
        async () => {
          const messages = await devSmsMessages(request, phone);
          code = messages.length > before ? messages.find((m) => m.purpose.toLowerCase() === purpose.toLowerCase())?.code : undefined;
          return code;
        },
        { timeout: 5_000 },
      )
      .toMatch(/^\d{6}$/)
      .catch(() => undefined);
    if (code) return code;
  }
  throw new Error(`No ${purpose} SMS code arrived in the development inbox for ${phone}`);
}
