import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, authFetch } from '../api/api';
import { teacherMe } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { SIGNED_IN_HINT_KEY, isRestoring, tokenStore } from './session';
import { startSession } from './startSession';
import { LEGACY_TOKEN_STORAGE_KEY } from './tokenStore';

vi.mock('../api/api', () => import('../test/apiMock'));

const mocked = vi.mocked(api);
const refreshTokens = vi.mocked(authFetch.refreshTokens);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

describe('starting the app', { timeout: 30_000 }, () => {
  beforeEach(() => {
    mocked.getMe.mockResolvedValue(teacherMe);
    mocked.getMyProfile.mockRejectedValue(new TypeError('offline'));
  });

  it('removes the refresh token an earlier build left in localStorage', async () => {
    localStorage.setItem(LEGACY_TOKEN_STORAGE_KEY, JSON.stringify({ accessToken: 'a', refreshToken: 'r' }));

    await startSession(localStorage);

    expect(localStorage.getItem(LEGACY_TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('asks nothing of the server for a visitor who never signed in', async () => {
    await startSession(localStorage);

    expect(refreshTokens).not.toHaveBeenCalled();
    expect(isRestoring()).toBe(false);
  });

  it('after a reload, waits for the cookie refresh and then shows 我的 instead of the login page', async () => {
    localStorage.setItem(SIGNED_IN_HINT_KEY, '1');
    const pending = deferred<null>();
    refreshTokens.mockImplementation(async () => {
      await pending.promise;
      const tokens = { accessToken: 'restored', accessExpiresAt: Date.now() + 900_000 };
      tokenStore.set(tokens);
      return tokens;
    });

    const started = startSession(localStorage);
    renderApp('/me');
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '密码登录' })).not.toBeInTheDocument();

    await act(async () => {
      pending.resolve(null);
      await started;
    });

    expect(await screen.findByTestId('me-nickname')).toHaveTextContent(teacherMe.nickname);
    expect(refreshTokens).toHaveBeenCalledTimes(1);
  });

  it('signs this tab out when another tab signs out', async () => {
    localStorage.setItem(SIGNED_IN_HINT_KEY, '1');
    tokenStore.set({ accessToken: 'at', accessExpiresAt: Date.now() + 900_000 });
    await startSession(localStorage);

    localStorage.removeItem(SIGNED_IN_HINT_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: SIGNED_IN_HINT_KEY }));

    expect(tokenStore.get()).toBeNull();
  });
});
