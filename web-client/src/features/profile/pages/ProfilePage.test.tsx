import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../shared/api/api';
import { approvedProfile, profileOptions, signInForTest, teacherMe } from '../../../shared/test/fixtures';
import { renderApp, setupUser } from '../../../shared/test/renderApp';

vi.mock('../../../shared/api/api', () => import('../../../shared/test/apiMock'));

const mocked = vi.mocked(api);

function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('个人信息', { timeout: 30_000 }, () => {
  beforeEach(() => {
    signInForTest();
    mocked.getMe.mockResolvedValue(teacherMe);
    mocked.getProfileOptions.mockResolvedValue(profileOptions);
    mocked.listRegions.mockResolvedValue([]);
  });

  it('asks to complete the profile, naming what is missing, and shows 未提交', async () => {
    mocked.getMyProfile.mockResolvedValue({
      accountId: 'a1',
      verification: { status: 'notSubmitted' },
      lockedFields: [],
      completeness: { isComplete: false, missingFields: ['realName', 'schoolId'] },
    });
    renderApp('/me/profile');

    const banner = await screen.findByTestId('completeness-banner');
    expect(banner).toHaveTextContent('请完善个人信息后再进入学习，否则无法认定培训学时');
    expect(banner).toHaveTextContent('尚未填写：姓名、所在学校');
    expect(screen.getByTestId('verification-status')).toHaveTextContent('未提交');
    expect(screen.getByLabelText('姓名')).toBeEnabled();
  });

  it('shows a refusal with its reason', async () => {
    mocked.getMyProfile.mockResolvedValue({
      ...approvedProfile,
      verification: { status: 'rejected', reason: '学校不符' },
      lockedFields: [],
    });
    renderApp('/me/profile');
    expect(await screen.findByTestId('verification-status')).toHaveTextContent('认证未通过原因：学校不符');
  });

  it('locks 姓名, 证件类型, 证件号码, 所在学校 and the two verified roles once approved, and explains why', async () => {
    mocked.getMyProfile.mockResolvedValue(approvedProfile);
    renderApp('/me/profile');

    expect(await screen.findByTestId('verification-status')).toHaveTextContent('认证通过');
    await waitFor(() => expect(screen.getByLabelText('姓名')).toHaveValue('李华'));
    expect(screen.getByLabelText('姓名')).toBeDisabled();
    expect(screen.getByLabelText('证件号码')).toBeDisabled();
    expect(screen.getByTestId('school-locked')).toHaveTextContent('演示省 / 演示市 / 演示县 / 演示小学');
    expect(within(fieldOf('姓名')).getByText('认证通过后不可修改，如需修改请先删除任教信息')).toBeInTheDocument();
    expect(screen.getByLabelText('民族')).toBeEnabled();
    for (const role of ['isPsychologyTeacher', 'isHeadTeacher']) {
      const item = screen.getByTestId(`locked-${role}`).closest('.ant-form-item') as HTMLElement;
      expect(within(item).getByText('认证通过后不可修改，如需修改请先删除任教信息')).toBeInTheDocument();
      for (const radio of within(item).getAllByRole('radio')) expect(radio).toBeDisabled();
    }
    // The roles the verification did not lock stay editable.
    const backbone = screen.getByText('骨干教师', { exact: true }).closest('.ant-form-item') as HTMLElement;
    for (const radio of within(backbone).getAllByRole('radio')) expect(radio).toBeEnabled();
  });

  it('saves an approved profile with its locked fields as verified', async () => {
    mocked.getMyProfile.mockResolvedValue(approvedProfile);
    mocked.updateMyProfile.mockResolvedValue(approvedProfile);
    const user = setupUser();
    renderApp('/me/profile');
    await waitFor(() => expect(screen.getByLabelText('姓名')).toHaveValue('李华'));

    await user.click(screen.getByRole('button', { name: '保 存' }));

    await waitFor(() =>
      expect(mocked.updateMyProfile).toHaveBeenCalledWith(
        expect.objectContaining({ realName: '李华', idNumber: '11010519491231002X', schoolId: 's1', isPsychologyTeacher: false, isHeadTeacher: true }),
      ),
    );
  });

  it('saves without the locked fields, and locks what a profile_locked refusal names', async () => {
    mocked.getMyProfile.mockResolvedValue({ ...approvedProfile, verification: { status: 'pending' }, lockedFields: [] });
    mocked.updateMyProfile.mockRejectedValue({
      status: 409,
      code: 'accounts.profile_locked',
      title: '认证通过后不可修改姓名、证件和学校',
      lockedFields: ['realName', 'idNumber'],
    });
    const user = setupUser();
    renderApp('/me/profile');
    await waitFor(() => expect(screen.getByLabelText('姓名')).toHaveValue('李华'));
    expect(screen.getByLabelText('姓名')).toBeEnabled();

    await user.click(screen.getByRole('button', { name: '保 存' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('认证通过后不可修改姓名、证件和学校');
    await waitFor(() => expect(screen.getByLabelText('姓名')).toBeDisabled());
    expect(screen.getByLabelText('证件号码')).toBeDisabled();
    expect(mocked.updateMyProfile).toHaveBeenCalledWith(expect.objectContaining({ realName: '李华', schoolId: 's1' }));
  });

  it('checks the ID check digit before saving', async () => {
    mocked.getMyProfile.mockResolvedValue({ ...approvedProfile, verification: { status: 'notSubmitted' }, lockedFields: [], idNumber: '110105194912310021' });
    const user = setupUser();
    renderApp('/me/profile');
    await waitFor(() => expect(screen.getByLabelText('证件号码')).toHaveValue('110105194912310021'));

    await user.click(screen.getByRole('button', { name: '保 存' }));

    expect(await within(fieldOf('证件号码')).findByText('身份证号码校验位不正确，请核对')).toBeInTheDocument();
    expect(mocked.updateMyProfile).not.toHaveBeenCalled();
  });

  it('删除任教信息 asks first, warning that verification is lost', async () => {
    mocked.getMyProfile.mockResolvedValue(approvedProfile);
    mocked.removeMySchool.mockResolvedValue(undefined);
    const user = setupUser();
    renderApp('/me/profile');

    await user.click(await screen.findByRole('button', { name: '删除任教信息' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('教师认证将失效');
    expect(dialog).toHaveTextContent('学校管理员再次审核');
    expect(mocked.removeMySchool).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: '删 除' }));
    await waitFor(() => expect(mocked.removeMySchool).toHaveBeenCalledTimes(1));
  });
});
