import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../shared/api/api';
import { tokenStore } from '../shared/session/session';
import { signInForTest, teacherMe } from '../shared/test/fixtures';
import { renderApp, setupUser } from '../shared/test/renderApp';

vi.mock('../shared/api/api', () => import('../shared/test/apiMock'));

const mocked = vi.mocked(api);

describe('routes by role', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
  });

  it.each(['/admin/school', '/admin/county', '/support/rebinding', '/me/profile', '/me/phone', '/me/certificates'])(
    'sends a signed-out visitor of %s to the login page',
    async (path) => {
      renderApp(path);
      expect(await screen.findByRole('tab', { name: '密码登录' })).toBeInTheDocument();
    },
  );

  it('sends a signed-in visitor of / to 培训, the programs open now', async () => {
    tokenStore.set({ accessToken: 'at', accessExpiresAt: Date.now() + 900_000 });
    mocked.getMe.mockResolvedValue(teacherMe);
    renderApp('/');
    expect(await screen.findByRole('tab', { name: '进行中', selected: true })).toBeInTheDocument();
  });

  it('lets a signed-out visitor verify a certificate (the PDF\'s QR code opens /verify)', async () => {
    renderApp('/verify?serial=XS-1&code=C');
    expect(await screen.findByText('证书验证')).toBeInTheDocument();
    expect(await screen.findByTestId('verify-failure')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '密码登录' })).not.toBeInTheDocument();
  });

  it('lets a signed-out visitor reach 忘记密码 and the rebinding request', async () => {
    renderApp('/reset-password');
    expect(await screen.findByText('忘记密码')).toBeInTheDocument();
  });

  it('refuses the school console to a teacher without the role', async () => {
    signInForTest();
    mocked.getMe.mockResolvedValue(teacherMe);
    renderApp('/admin/school');
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
    expect(mocked.getMyAdminScopes).not.toHaveBeenCalled();
  });

  it('opens the school console to a school admin, with the counts on the tabs', async () => {
    signInForTest();
    mocked.getMe.mockResolvedValue({ ...teacherMe, roles: ['schoolAdmin'] });
    mocked.getMyAdminScopes.mockResolvedValue({ schools: [{ id: 's1', name: '演示小学' }], regions: [] });
    mocked.getSchool.mockResolvedValue({ id: 's1', name: '演示小学', schoolSystem: 'primary', regionPath: ['省', '市', '县'], isOther: false, countyId: 'x1' });
    mocked.listSchoolTeachers.mockImplementation(async (_school, query) =>
      query.status === 'pending'
        ? {
            items: [
              {
                accountId: 't1',
                realName: '李秀英',
                idNumberMasked: '110105********002X',
                phone: '138****0002',
                isPsychologyTeacher: true,
                isHeadTeacher: false,
                status: 'pending' as const,
              },
            ],
            total: 1,
            page: 1,
            pageSize: 20,
          }
        : { items: [], total: 0, page: 1, pageSize: 1 },
    );
    mocked.decideVerifications.mockResolvedValue([{ accountId: 't1', outcome: 'approved' }]);
    const user = setupUser();
    renderApp('/admin/school');

    expect(await screen.findByTestId('school-name')).toHaveTextContent('演示小学');
    expect(await screen.findByRole('tab', { name: '待审核（1）' })).toBeInTheDocument();
    // The school's own admin sees who the teacher is, and the roles the approval will verify.
    expect(await screen.findByText('李秀英')).toBeInTheDocument();
    expect(screen.getByText('110105********002X')).toBeInTheDocument();
    expect(screen.getByTestId('approval-note')).toHaveTextContent('是否心理健康教育教师、是否担任班主任');
    const card = screen.getByTestId('teacher-card');
    expect(within(card).getByText('心理健康教育教师').closest('tr')).toHaveTextContent('是');
    expect(within(card).getByText('班主任').closest('tr')).toHaveTextContent('否');

    await user.click(screen.getByRole('checkbox', { name: '李秀英' }));
    await user.click(screen.getByRole('button', { name: /审核通过（1）/ }));

    await waitFor(() => expect(mocked.decideVerifications).toHaveBeenCalledWith('s1', ['t1'], 'approve', undefined));
    expect(await screen.findByText('已通过 1 人')).toBeInTheDocument();
  });

  it('links 我的 to the consoles of the roles held', async () => {
    signInForTest();
    mocked.getMe.mockResolvedValue({ ...teacherMe, roles: ['schoolAdmin', 'support'] });
    mocked.getMyProfile.mockRejectedValue(new TypeError('offline'));
    renderApp('/me');
    expect(await screen.findByRole('link', { name: '学校管理（教师认证）' })).toHaveAttribute('href', '/admin/school');
    expect(screen.getByRole('link', { name: '客服（手机换绑申请）' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '县区管理（学校目录）' })).toBeNull();
  });

  it('signs out through the server (which expires the cookie), and locally even when that fails', async () => {
    signInForTest();
    mocked.getMe.mockResolvedValue(teacherMe);
    mocked.getMyProfile.mockRejectedValue(new TypeError('offline'));
    mocked.signOut.mockRejectedValue(new TypeError('offline'));
    const user = setupUser();
    renderApp('/me');

    await user.click(await screen.findByRole('button', { name: '退出登录' }));

    expect(await screen.findByRole('tab', { name: '密码登录' })).toBeInTheDocument();
    expect(mocked.signOut).toHaveBeenCalledTimes(1);
    expect(tokenStore.get()).toBeNull();
  });
});
