import { render, screen, waitFor, within } from '@testing-library/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authFetch } from '../../../shared/api/api';
import { createQueryClient } from '../../../shared/api/queryClient';
import { setupUser } from '../../../shared/test/renderApp';
import { certificate, json, preview, problem, statusClaimable, statusClaimed, statusUnmet } from '../fixtures';
import { ProgramCertificate } from './ProgramCertificate';

vi.mock('../../../shared/api/api', () => import('../../../shared/test/apiMock'));

function renderArea() {
  return render(
    <ConfigProvider locale={zhCN}>
      <AntdApp>
        <QueryClientProvider client={createQueryClient()}>
          <MemoryRouter initialEntries={['/programs/p1']}>
            <ProgramCertificate programId="p1" />
          </MemoryRouter>
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>,
  );
}

const isPreview = (url: unknown) => String(url).endsWith('/api/v1/programs/p1/certificate/preview');
const isStatus = (url: unknown) => String(url).endsWith('/api/v1/programs/p1/certificate');
const posts = (fetch: ReturnType<typeof vi.mocked<typeof authFetch.fetch>>) =>
  fetch.mock.calls.filter(([url, init]) => isStatus(url) && init?.method === 'POST').map(([, init]) => JSON.parse(String(init!.body)));

describe('ProgramCertificate', { timeout: 30_000 }, () => {
  const fetch = vi.mocked(authFetch.fetch);
  beforeEach(() => fetch.mockReset());

  it('lists every unmet condition in words and offers no claim', async () => {
    fetch.mockImplementation(async () => json(200, statusUnmet));
    renderArea();
    const list = await screen.findByTestId('certificate-unmet');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(statusUnmet.unmetConditions.map((c) => c.message));
    expect(screen.getByText('暂不能领取证书：')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '领取证书' })).not.toBeInTheDocument();
  });

  it('previews with the warning, then confirming posts the digest shown and shows the certificate to download', async () => {
    let claimed = false;
    fetch.mockImplementation(async (url, init) => {
      if (isPreview(url)) return json(200, preview);
      if (init?.method === 'POST') {
        claimed = true;
        return json(201, certificate);
      }
      return json(200, claimed ? statusClaimed : statusClaimable);
    });
    const user = setupUser();
    renderArea();
    expect(await screen.findByTestId('certificate-claimable-hours')).toHaveClass('credit-figure--met');
    await user.click(screen.getByRole('button', { name: '领取证书' }));

    const dialog = await screen.findByRole('dialog', { name: '证书预览' });
    expect(await within(dialog).findByTestId('preview-warning')).toHaveTextContent(preview.warning);
    expect(within(dialog).getByTestId('certificate-holder')).toHaveTextContent('李**');
    expect(within(dialog).getByTestId('certificate-id-number')).toHaveTextContent('11**************2X');
    expect(within(dialog).getByTestId('certificate-issued-on')).toHaveTextContent('2026年11月27日');
    expect(within(dialog).getByText('学时教师研修平台')).toBeInTheDocument();
    const program = within(dialog).getByTestId('certificate-program');
    expect(program).toHaveTextContent('演示专题：平台学习规则体验1 学时');
    expect(program).toHaveTextContent('平台学习规则入门1 学时');
    expect(within(dialog).getByRole('button', { name: /取\s*消/ })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '确认正确' }));
    await waitFor(() => expect(posts(fetch)).toEqual([{ previewDigest: 'digest-1' }]));
    expect(await screen.findByTestId('certificate-serial')).toHaveTextContent(certificate.serial);
    expect(screen.getByTestId('certificate-status')).toHaveTextContent('有效');
    expect(screen.getByRole('button', { name: `下载证书 ${certificate.serial}` })).toBeInTheDocument();
  });

  it('after certificates.preview_changed shows the new preview, says the data changed, and confirms with the new digest', async () => {
    let previews = 0;
    fetch.mockImplementation(async (url, init) => {
      if (isPreview(url)) {
        previews += 1;
        return json(200, previews === 1 ? preview : { ...preview, schoolName: '演示第二小学', previewDigest: 'digest-2' });
      }
      if (init?.method === 'POST') {
        const { previewDigest } = JSON.parse(String(init.body)) as { previewDigest: string };
        return previewDigest === 'digest-2'
          ? json(201, certificate)
          : problem(409, 'certificates.preview_changed', '证书信息在预览后发生了变化，请重新预览并核对。');
      }
      return json(200, statusClaimable);
    });
    const user = setupUser();
    renderArea();
    await user.click(await screen.findByRole('button', { name: '领取证书' }));
    const dialog = await screen.findByRole('dialog', { name: '证书预览' });
    expect(await within(dialog).findByText('演示小学')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '确认正确' }));
    expect(await within(dialog).findByTestId('preview-changed')).toHaveTextContent('证书信息在您预览后发生了变化');
    expect(await within(dialog).findByText('演示第二小学')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '确认正确' })).toBeEnabled());

    await user.click(within(dialog).getByRole('button', { name: '确认正确' }));
    await waitFor(() => expect(posts(fetch)).toEqual([{ previewDigest: 'digest-1' }, { previewDigest: 'digest-2' }]));
  });

  it('shows the conditions when the preview is refused as not eligible', async () => {
    fetch.mockImplementation(async (url) =>
      isPreview(url)
        ? problem(409, 'certificates.not_eligible', '暂不能领取证书：请查看未满足的条件。', { unmetConditions: statusUnmet.unmetConditions })
        : json(200, statusClaimable));
    const user = setupUser();
    renderArea();
    await user.click(await screen.findByRole('button', { name: '领取证书' }));
    const dialog = await screen.findByRole('dialog', { name: '证书预览' });
    const refusal = await within(dialog).findByTestId('preview-refusal');
    expect(refusal).toHaveTextContent('暂不能领取证书：请查看未满足的条件。');
    expect(refusal).toHaveTextContent(statusUnmet.unmetConditions[0].message);
    expect(within(dialog).getByRole('button', { name: '确认正确' })).toBeDisabled();
  });

  it('downloads a claimed certificate as 电子学习证书-{serial}.pdf with the signed-in fetch', async () => {
    const createObjectURL = vi.fn(() => 'blob:certificate');
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    fetch.mockImplementation(async (url) =>
      String(url).endsWith('/pdf')
        ? new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } })
        : json(200, statusClaimed));
    const user = setupUser();
    renderArea();
    await user.click(await screen.findByRole('button', { name: `下载证书 ${certificate.serial}` }));
    await waitFor(() => expect(clicked).toEqual([`电子学习证书-${certificate.serial}.pdf`]));
    expect(fetch.mock.calls.some(([url]) => String(url) === `/api/v1/me/certificates/${certificate.id}/pdf`)).toBe(true);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
