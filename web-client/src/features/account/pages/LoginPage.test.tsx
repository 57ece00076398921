import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '../../../api/xueshi-client';
import { api } from '../../../shared/api/api';
import { tokenStore } from '../../../shared/session/session';
import { renderApp, setupUser } from '../../../shared/test/renderApp';

vi.mock('../../../shared/api/api', () => ({
  api: { requestSmsCode: vi.fn(), register: vi.fn(), issueToken: vi.fn(), getMe: vi.fn() },
}));

const mocked = vi.mocked(api);

const tokens = { accessToken: 'at', tokenType: 'Bearer', expiresIn: 900, refreshTokenExpiresIn: 86_400, consentRequired: false, basicsRequired: false };
const me: MeResponse = {
  accountId: 'a1',
  phone: '139****5678',
  nickname: '王老师',
  identity: 'researcher',
  roles: [],
  registeredAt: '2025-03-01T02:00:00Z',
  consentRequired: false,
  basicsRequired: false,
  hasPassword: true,
};

function activePanel() {
  return within(screen.getByRole('tabpanel'));
}

async function fill(user: ReturnType<typeof setupUser>, label: string, value: string) {
  await user.click(within(await screen.findByRole('tabpanel')).getByLabelText(label)); // find: the page arrives as its own chunk
  await user.paste(value);
}

describe('登录', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
  });

  it('shows the server message when the password is wrong', async () => {
    mocked.issueToken.mockRejectedValue({ status: 401, code: 'auth.invalid_credentials', title: '手机号或密码错误' });
    const user = setupUser();
    renderApp('/login');

    await fill(user, '手机号', '13912345678');
    await fill(user, '密码', 'wrong1234');
    await user.click(activePanel().getByRole('button', { name: '登 录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('手机号或密码错误');
    expect(mocked.issueToken).toHaveBeenCalledWith({ phone: '13912345678', password: 'wrong1234' });
    expect(tokenStore.get()).toBeNull();
  });

  it('holds the sign-in button for as long as the account is locked', async () => {
    mocked.issueToken.mockRejectedValue({
      status: 429,
      code: 'auth.sign_in_locked',
      title: '登录失败次数过多，请稍后再试',
      retryAfterSeconds: 300,
    });
    const user = setupUser();
    renderApp('/login');

    await fill(user, '手机号', '13912345678');
    await fill(user, '密码', 'wrong1234');
    await user.click(activePanel().getByRole('button', { name: '登 录' }));

    expect(await activePanel().findByRole('button', { name: '300 秒后可再次登录' })).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent('登录失败次数过多，请稍后再试');
  });

  it('signs in with an SMS code, keeping the phone typed on the password tab', async () => {
    mocked.issueToken.mockResolvedValue(tokens);
    mocked.getMe.mockResolvedValue(me);
    const user = setupUser();
    renderApp('/login');

    await fill(user, '手机号', '13912345678');
    await user.click(screen.getByRole('tab', { name: '验证码登录' }));
    expect(activePanel().getByLabelText('手机号')).toHaveValue('13912345678');
    await fill(user, '验证码', '246810');
    // An unknown number is registered by this sign-in, so the agreement comes first.
    await user.click(activePanel().getByRole('button', { name: '登 录' }));
    expect(await activePanel().findByText('请阅读并同意《用户协议》和《隐私政策》')).toBeInTheDocument();
    expect(mocked.issueToken).not.toHaveBeenCalled();
    await user.click(activePanel().getByRole('checkbox', { name: /我已阅读并同意/ }));
    await user.click(activePanel().getByRole('button', { name: '登 录' }));

    expect(await screen.findByTestId('me-nickname')).toHaveTextContent('王老师');
    expect(mocked.issueToken).toHaveBeenCalledWith({ phone: '13912345678', smsCode: '246810' });
    expect(screen.getAllByText('教研员').length).toBeGreaterThan(0);
    expect(screen.getByText('139****5678')).toBeInTheDocument();
  });
});

describe('routing by session', { timeout: 30_000 }, () => {
  it('sends a signed-out visitor of 我的 to the login page', async () => {
    renderApp('/me');
    expect(await screen.findByRole('tab', { name: '密码登录' })).toBeInTheDocument();
    expect(mocked.getMe).not.toHaveBeenCalled();
  });

  it('shows 我的 to a signed-in visitor, and 退出登录 goes back to the login page', async () => {
    mocked.getMe.mockResolvedValue(me);
    tokenStore.set({ accessToken: 'at', accessExpiresAt: Date.now() + 900_000 });
    const user = setupUser();
    renderApp('/me');

    expect(await screen.findByTestId('me-nickname')).toHaveTextContent('王老师');
    await user.click(screen.getByRole('button', { name: '退出登录' }));

    expect(await screen.findByRole('tab', { name: '密码登录' })).toBeInTheDocument();
    expect(tokenStore.get()).toBeNull();
  });

  it('leaves 我的 for the login page when the session is ended elsewhere', async () => {
    mocked.getMe.mockResolvedValue(me);
    tokenStore.set({ accessToken: 'at', accessExpiresAt: Date.now() + 900_000 });
    renderApp('/me');
    expect(await screen.findByTestId('me-nickname')).toBeInTheDocument();

    // What the auth fetch does when a refresh is refused.
    act(() => tokenStore.clear());

    expect(await screen.findByRole('tab', { name: '密码登录' })).toBeInTheDocument();
  });
});
