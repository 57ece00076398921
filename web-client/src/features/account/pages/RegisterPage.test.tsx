import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../shared/api/api';
import { renderApp, setupUser } from '../../../shared/test/renderApp';

vi.mock('../../../shared/api/api', () => ({
  api: { requestSmsCode: vi.fn(), register: vi.fn(), issueToken: vi.fn(), getMe: vi.fn(), listLegalDocuments: vi.fn() },
}));

const mocked = vi.mocked(api);

function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

/** Pastes rather than types: same events for antd's inputs, a fraction of the time in jsdom. */
async function fill(user: ReturnType<typeof setupUser>, label: string, value: string) {
  await user.click(await screen.findByLabelText(label)); // find: a page arrives as its own chunk
  await user.paste(value);
}

async function fillValidForm(user: ReturnType<typeof setupUser>) {
  await fill(user, '手机号', '13912345678');
  await fill(user, '验证码', '123456');
  await fill(user, '密码', 'abc12345');
  await fill(user, '确认密码', 'abc12345');
  await user.click(screen.getByLabelText('身份'));
  await user.click(await screen.findByTitle('老师'));
  await fill(user, '昵称', '李老师');
  await user.click(screen.getByRole('checkbox', { name: /我已阅读并同意/ }));
}

describe('注册', { timeout: 30_000 }, () => {
  beforeEach(() => {
    mocked.listLegalDocuments.mockResolvedValue([
      { kind: 'userAgreement', version: 1, title: '学时用户协议', text: '正文', publishedAt: '2026-11-01T00:00:00Z' },
      { kind: 'privacyPolicy', version: 1, title: '学时隐私政策', text: '正文', publishedAt: '2026-11-01T00:00:00Z' },
    ]);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('[]', { status: 404 })),
    );
  });

  it('requests a code, counts down from 60 and shows the development inbox code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json([{ phone: '13912345678', purpose: 'register', code: '654321', sentAt: '2025-01-01T00:00:00Z' }]),
      ),
    );
    mocked.requestSmsCode.mockResolvedValue({ phone: '13912345678', purpose: 'register', expiresInSeconds: 300, resendAfterSeconds: 60 });
    const user = setupUser();
    renderApp('/register');

    await fill(user, '手机号', '13912345678');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));

    expect(mocked.requestSmsCode).toHaveBeenCalledWith('13912345678', 'register');
    expect(await screen.findByRole('button', { name: '60 秒后重新获取' })).toBeDisabled();
    expect(await screen.findByText('开发环境验证码：654321', { exact: false })).toBeInTheDocument();
  });

  it('does not request a code for an invalid phone number', async () => {
    const user = setupUser();
    renderApp('/register');

    await fill(user, '手机号', '12345');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));

    expect(await within(fieldOf('手机号')).findByText('请输入正确的 11 位手机号')).toBeInTheDocument();
    expect(mocked.requestSmsCode).not.toHaveBeenCalled();
  });

  it('starts the countdown from retryAfterSeconds when codes are requested too often', async () => {
    mocked.requestSmsCode.mockRejectedValue({
      status: 429,
      code: 'accounts.sms_code_too_frequent',
      title: '验证码发送过于频繁，请稍后再试',
      retryAfterSeconds: 42,
    });
    const user = setupUser();
    renderApp('/register');

    await fill(user, '手机号', '13912345678');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));

    expect(await screen.findByRole('button', { name: '42 秒后重新获取' })).toBeDisabled();
    expect(await screen.findByText('验证码发送过于频繁，请稍后再试')).toBeInTheDocument();
  });

  it('shows server validation errors under the matching fields', async () => {
    mocked.register.mockRejectedValue({
      status: 400,
      code: 'validation_failed',
      title: '请求参数有误',
      errors: { nickname: ['昵称包含不允许的字符'], smsCode: ['验证码格式不正确'] },
    });
    const user = setupUser();
    renderApp('/register');

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '注 册' }));

    expect(await within(fieldOf('昵称')).findByText('昵称包含不允许的字符')).toBeInTheDocument();
    expect(within(fieldOf('验证码')).getByText('验证码格式不正确')).toBeInTheDocument();
    expect(screen.queryByText('请求参数有误')).not.toBeInTheDocument();
  });

  it('says under the phone field that the phone is already registered', async () => {
    mocked.register.mockRejectedValue({ status: 409, code: 'accounts.phone_taken', title: '该手机号已注册' });
    const user = setupUser();
    renderApp('/register');

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '注 册' }));

    expect(await within(fieldOf('手机号')).findByText('该手机号已注册')).toBeInTheDocument();
  });

  it('signs the new user in with the password and lands on 我的', async () => {
    mocked.register.mockResolvedValue({ accountId: 'a1', phone: '13912345678', identity: 'teacher', nickname: '李老师' });
    mocked.issueToken.mockResolvedValue({
      accessToken: 'at',
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshTokenExpiresIn: 86_400, consentRequired: false, basicsRequired: false,
    });
    mocked.getMe.mockResolvedValue({
      accountId: 'a1',
      phone: '13912345678',
      nickname: '李老师',
      identity: 'teacher',
      roles: [],
      registeredAt: '2025-01-01T16:30:00Z',
      consentRequired: false,
      basicsRequired: false,
      hasPassword: true,
    });
    const user = setupUser();
    renderApp('/register');

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '注 册' }));

    expect(await screen.findByTestId('me-nickname')).toHaveTextContent('李老师');
    expect(mocked.register).toHaveBeenCalledWith({
      phone: '13912345678',
      smsCode: '123456',
      password: 'abc12345',
      identity: 'teacher',
      nickname: '李老师',
      userAgreementVersion: 1,
      privacyPolicyVersion: 1,
    });
    expect(mocked.issueToken).toHaveBeenCalledWith({ phone: '13912345678', password: 'abc12345' });
    // Registered just after midnight in Beijing: the date is read in China Standard Time.
    await waitFor(() => expect(screen.getByText('2025年1月2日')).toBeInTheDocument());
    expect(screen.getAllByText('老师').length).toBeGreaterThan(0);
  });
});
