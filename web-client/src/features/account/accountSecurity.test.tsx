import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SmsPurpose } from '../../api/xueshi-client';
import { api } from '../../shared/api/api';
import { MAX_PHOTO_BYTES } from '../rebinding/photoCheck';
import { tokenStore } from '../../shared/session/session';
import { signInForTest, teacherMe } from '../../shared/test/fixtures';
import { renderApp, setupUser } from '../../shared/test/renderApp';

vi.mock('../../shared/api/api', () => import('../../shared/test/apiMock'));

const mocked = vi.mocked(api);

async function fill(user: ReturnType<typeof setupUser>, label: string, value: string) {
  await user.click(await screen.findByLabelText(label)); // find: a page arrives as its own chunk
  await user.paste(value);
}

const sent = (purpose: SmsPurpose) => ({ phone: '13912345678', purpose, expiresInSeconds: 300, resendAfterSeconds: 60 });

describe('账号安全', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
  });

  it('忘记密码 is linked from the login page, resets with a resetPassword code and returns to sign in', async () => {
    mocked.requestSmsCode.mockResolvedValue(sent('resetPassword'));
    mocked.resetPassword.mockResolvedValue(undefined);
    const user = setupUser();
    renderApp('/login');

    await user.click(await screen.findByRole('link', { name: '忘记密码？' }));
    await fill(user, '手机号', '13912345678');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(mocked.requestSmsCode).toHaveBeenCalledWith('13912345678', 'resetPassword');
    expect(await screen.findByRole('button', { name: '60 秒后重新获取' })).toBeDisabled();
    await fill(user, '验证码', '123456');
    await fill(user, '新密码', 'abc12345');
    await fill(user, '确认密码', 'abc12345');
    await user.click(screen.getByRole('button', { name: '重置密码' }));

    await waitFor(() =>
      expect(mocked.resetPassword).toHaveBeenCalledWith({ phone: '13912345678', smsCode: '123456', newPassword: 'abc12345' }),
    );
    const panel = within(await screen.findByRole('tabpanel', { name: '密码登录' }));
    expect(panel.getByLabelText('手机号')).toHaveValue('13912345678');
  });

  it('shows a wrong reset code under the code field', async () => {
    mocked.resetPassword.mockRejectedValue({ status: 422, code: 'accounts.sms_code_invalid', title: '验证码错误或已过期' });
    const user = setupUser();
    renderApp('/reset-password');

    await fill(user, '手机号', '13912345678');
    await fill(user, '验证码', '000000');
    await fill(user, '新密码', 'abc12345');
    await fill(user, '确认密码', 'abc12345');
    await user.click(screen.getByRole('button', { name: '重置密码' }));

    const field = screen.getByLabelText('验证码').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('验证码错误或已过期')).toBeInTheDocument();
  });

  it('换绑手机: a code to the current phone, then the new one; afterwards signed out and told to use the new number', async () => {
    signInForTest();
    mocked.getMe.mockResolvedValue(teacherMe);
    mocked.requestSmsCode.mockImplementation(async (phone, purpose) => ({ ...sent(purpose), phone }));
    mocked.rebindPhone.mockResolvedValue({ phone: '13987654321' });
    const user = setupUser();
    renderApp('/me/phone');

    expect(await screen.findByText('13800000002')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: '获取验证码' })[0]);
    expect(mocked.requestSmsCode).toHaveBeenCalledWith('13800000002', 'rebindOldPhone');
    await fill(user, '原手机号验证码', '111111');
    await user.click(screen.getByRole('button', { name: '下一步' }));

    await fill(user, '新手机号', '13987654321');
    await user.click(screen.getAllByRole('button', { name: '获取验证码' })[0]);
    await waitFor(() => expect(mocked.requestSmsCode).toHaveBeenCalledWith('13987654321', 'rebindNewPhone'));
    await fill(user, '新手机号验证码', '222222');
    await user.click(screen.getByRole('button', { name: '确认换绑' }));

    expect(await screen.findByTestId('login-notice')).toHaveTextContent('请使用新手机号登录');
    expect(mocked.rebindPhone).toHaveBeenCalledWith({ oldPhoneCode: '111111', newPhone: '13987654321', newPhoneCode: '222222' });
    expect(tokenStore.get()).toBeNull();
    const panel = within(screen.getByRole('tabpanel', { name: '密码登录' }));
    await waitFor(() => expect(panel.getByLabelText('手机号')).toHaveValue('13987654321'));
  });

  it('原手机号已停用: refuses a photo over 5 MB, then files the request and shows its number', async () => {
    mocked.getProfileOptions.mockRejectedValue({ status: 401, code: 'auth.unauthenticated', title: '请先登录' });
    mocked.submitPhoneRebindRequest.mockResolvedValue({ requestId: 'RQ-0001', status: 'pending' });
    const user = setupUser();
    const { container } = renderApp('/phone-rebinding-request');

    expect(await screen.findByText(/仅限于账号换绑使用/)).toBeInTheDocument();
    await fill(user, '姓名', '王芳');
    await fill(user, '证件号码', '11010519491231002x');
    await fill(user, '原手机号', '13912345678');
    await fill(user, '新手机号', '13987654321');
    await fill(user, '新手机号验证码', '123456');

    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const big = new File([new Uint8Array(8)], 'big.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: MAX_PHOTO_BYTES + 1 });
    fireEvent.change(input, { target: { files: [big] } });
    expect(await screen.findByText('照片不能超过 5 MB，请压缩后再上传')).toBeInTheDocument();

    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'id.jpg', { type: 'image/jpeg' });
    // rc-upload replaces its input after every pick.
    fireEvent.change(container.querySelector('input[type="file"]') as HTMLInputElement, { target: { files: [photo] } });
    await waitFor(() => expect(container.querySelectorAll('.ant-upload-list-item').length).toBe(1));
    await user.click(screen.getByRole('button', { name: '提交申请' }));

    expect(await screen.findByTestId('rebind-request-id')).toHaveTextContent('RQ-0001');
    expect(mocked.submitPhoneRebindRequest).toHaveBeenCalledWith(
      expect.objectContaining({ realName: '王芳', idType: 'residentId', idNumber: '11010519491231002X', newPhoneCode: '123456', photo }),
    );
  });

  it('a student switches to teacher only after agreeing that the student data is cleared', async () => {
    signInForTest();
    mocked.getMe.mockResolvedValue({ ...teacherMe, identity: 'student' });
    mocked.switchIdentityToTeacher.mockResolvedValue(teacherMe);
    mocked.getMyProfile.mockRejectedValue(new TypeError('offline'));
    const user = setupUser();
    renderApp('/me');

    await user.click(await screen.findByRole('button', { name: '切换为教师身份' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('数据将被清空');
    expect(within(dialog).getByRole('button', { name: '确认切换' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: '确认切换' }));

    await waitFor(() => expect(mocked.switchIdentityToTeacher).toHaveBeenCalledWith(true));
    await waitFor(() => expect(screen.queryByRole('button', { name: '切换为教师身份' })).toBeNull());
  });
});
