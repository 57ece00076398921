import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, authFetch } from '../../../shared/api/api';
import { signInForTest, teacherMe } from '../../../shared/test/fixtures';
import { renderApp } from '../../../shared/test/renderApp';
import { json, replacement, voided } from '../fixtures';

vi.mock('../../../shared/api/api', () => import('../../../shared/test/apiMock'));

describe('MyCertificatesPage (我的证书)', { timeout: 30_000 }, () => {
  it('lists every certificate: the void one marked 已作废 and pointing to the one that replaced it, which can be downloaded', async () => {
    signInForTest();
    vi.mocked(api.getMe).mockResolvedValue(teacherMe);
    vi.mocked(authFetch.fetch).mockImplementation(async (url) =>
      String(url).endsWith('/api/v1/me/certificates') ? json(200, [replacement, voided]) : json(404, {}));
    renderApp('/me/certificates');

    const cards = await screen.findAllByTestId('certificate-card');
    expect(cards.map((c) => c.getAttribute('data-serial'))).toEqual([replacement.serial, voided.serial]);
    const [valid, old] = cards;

    expect(within(valid).getByTestId('certificate-status')).toHaveTextContent('有效');
    expect(within(valid).getByRole('button', { name: `下载证书 ${replacement.serial}` })).toBeInTheDocument();
    expect(within(valid).getByTestId('certificate-verify-link')).toHaveAttribute('href', '/verify?serial=XS-NEW1-NEW2-NEW3-NEW4&code=N3WC0D');

    expect(within(old).getByTestId('certificate-status')).toHaveTextContent('已作废');
    expect(within(old).queryByRole('button', { name: /下载证书/ })).not.toBeInTheDocument();
    expect(within(old).getByTestId('certificate-void-note')).toHaveTextContent('已于2026年11月28日作废');
    expect(within(old).getByTestId('certificate-replacement')).toHaveTextContent(replacement.serial);
    expect(within(old).getByTestId('certificate-verify-link')).toHaveAttribute('href', `/verify?serial=${voided.serial}&code=${voided.verificationCode}`);
  });

  it('says how to get one when there is none', async () => {
    signInForTest();
    vi.mocked(api.getMe).mockResolvedValue(teacherMe);
    vi.mocked(authFetch.fetch).mockImplementation(async () => json(200, []));
    renderApp('/me/certificates');
    expect(await screen.findByText(/还没有证书/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看我的培训' })).toHaveAttribute('href', '/me/programs');
  });
});
