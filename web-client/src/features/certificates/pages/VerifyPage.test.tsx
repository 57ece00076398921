import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, setupUser } from '../../../shared/test/renderApp';
import { certificate, json, problem, replacement, verifiedValid, verifiedVoid } from '../fixtures';

vi.mock('../../../shared/api/api', () => import('../../../shared/test/apiMock'));

const verifyUrl = (serial: string, code: string) => `/verify?serial=${encodeURIComponent(serial)}&code=${encodeURIComponent(code)}`;

/** The public endpoint through the plain fetch (no sign-in): answers by serial. */
function serve(answers: Record<string, () => Response>) {
  const fetch = vi.fn(async (url: RequestInfo | URL) => {
    const query = new URL(String(url), 'http://localhost').searchParams;
    return (answers[query.get('serial') ?? ''] ?? (() => problem(404, 'certificates.verification_failed', '未找到与该证书编号和验证码相符的证书，请核对后重试。')))();
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('VerifyPage (证书验证), signed out', { timeout: 30_000 }, () => {
  it('shows 有效 with the masked data, hours and issuer, without signing in', async () => {
    const fetch = serve({ [certificate.serial]: () => json(200, verifiedValid) });
    renderApp(verifyUrl(certificate.serial, certificate.verificationCode));
    expect(await screen.findByTestId('verify-status')).toHaveTextContent('有效');
    expect(screen.getByTestId('certificate-holder')).toHaveTextContent('李**');
    expect(screen.getByTestId('certificate-id-number')).toHaveTextContent('11**************2X');
    expect(screen.getByTestId('certificate-hours')).toHaveTextContent('1');
    expect(screen.getByText('学时教师研修平台')).toBeInTheDocument();
    expect(screen.getByTestId('certificate-issued-on')).toHaveTextContent('2026年11月27日');
    expect(screen.getByTestId('certificate-program')).toHaveTextContent('平台学习规则入门');
    // Asked once, with no Authorization header, with what the address carried.
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/v1/certificates/verify?serial=${encodeURIComponent(certificate.serial)}&code=${certificate.verificationCode}`);
    expect(new Headers(init.headers).has('Authorization')).toBe(false);
    expect(screen.getByLabelText('证书编号')).toHaveValue(certificate.serial);
  });

  it('shows 已作废 with the date and links to the certificate that replaced it, which shows 有效', async () => {
    serve({
      [certificate.serial]: () => json(200, verifiedVoid),
      [replacement.serial]: () => json(200, { ...verifiedValid, serial: replacement.serial, holderName: '王**' }),
    });
    const user = setupUser();
    renderApp(verifyUrl(certificate.serial, certificate.verificationCode));
    expect(await screen.findByTestId('verify-status')).toHaveTextContent('已作废');
    const verdict = screen.getByTestId('verify-verdict');
    expect(verdict).toHaveTextContent('已于2026年11月28日作废');
    const link = within(verdict).getByRole('link', { name: `查看新证书 ${replacement.serial}` });
    expect(link).toHaveAttribute('href', '/verify?serial=XS-NEW1-NEW2-NEW3-NEW4&code=N3WC0D');

    await user.click(link);
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveTextContent('有效'));
    expect(screen.getByTestId('certificate-holder')).toHaveTextContent('王**');
    expect(screen.getByLabelText('证书编号')).toHaveValue(replacement.serial);
  });

  it('says nothing matches for a wrong serial or code, and takes a typed one', async () => {
    serve({ [certificate.serial]: () => json(200, verifiedValid) });
    const user = setupUser();
    renderApp(verifyUrl('XS-WRONG', 'NOPE'));
    const failure = await screen.findByTestId('verify-failure');
    expect(failure).toHaveAttribute('data-kind', 'notFound');
    expect(failure).toHaveTextContent('未找到与该证书编号和验证码相符的证书，请核对后重试。');

    await user.clear(screen.getByLabelText('证书编号'));
    await user.type(screen.getByLabelText('证书编号'), ` ${certificate.serial} `);
    await user.clear(screen.getByLabelText('验证码'));
    await user.type(screen.getByLabelText('验证码'), certificate.verificationCode);
    await user.click(screen.getByRole('button', { name: /验\s*证/ }));
    expect(await screen.findByTestId('verify-status')).toHaveTextContent('有效');
  });

  it('says when there were too many attempts', async () => {
    serve({ [certificate.serial]: () => problem(429, 'rate_limited', '操作太频繁，请稍后再试', { retryAfterSeconds: 40 }) });
    renderApp(verifyUrl(certificate.serial, certificate.verificationCode));
    const failure = await screen.findByTestId('verify-failure');
    expect(failure).toHaveAttribute('data-kind', 'tooMany');
    expect(failure).toHaveTextContent('验证次数过多，请 40 秒后再试。');
  });

  it('asks for both fields before looking anything up', async () => {
    const fetch = serve({});
    const user = setupUser();
    renderApp('/verify');
    await user.click(await screen.findByRole('button', { name: /验\s*证/ }));
    expect(await screen.findByText('请输入证书编号')).toBeInTheDocument();
    expect(screen.getByText('请输入验证码')).toBeInTheDocument();
    expect(fetch.mock.calls.filter(([url]) => String(url).includes('/certificates/verify'))).toHaveLength(0);
  });
});
