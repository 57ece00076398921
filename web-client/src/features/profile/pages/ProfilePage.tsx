import { Alert, App, Button, Card, Form, Skeleton, Space, Typography } from 'antd';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { CompletenessBanner } from '../components/CompletenessBanner';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { ProfileFieldItem } from '../components/ProfileFieldItem';
import { VerificationBadge } from '../../../shared/profile/VerificationBadge';
import { toProblem } from '../../../shared/problem/problem';
import { FIELD_GROUPS, isRequiredField, type ProfileFormValues } from '../../../shared/profile/profileFields';
import { useMe } from '../../../shared/api/queries';
import { useProfileEditor } from '../hooks/useProfileEditor';

export const REMOVE_SCHOOL_WARNING =
  '删除任教信息后，您的教师认证将失效；重新选择学校并保存后，需要学校管理员再次审核通过。确定删除吗？';

export function ProfilePage() {
  const [form] = Form.useForm<ProfileFormValues>();
  const { modal } = App.useApp();
  const me = useMe();
  const editor = useProfileEditor(form);
  const { profile, options, locked } = editor;

  const confirmRemoveSchool = () =>
    modal.confirm({
      title: '删除任教信息',
      content: REMOVE_SCHOOL_WARNING,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: editor.removeSchool,
    });

  return (
    <AppLayout title="个人信息" back="/me">
      {profile.isPending && (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      )}
      {profile.isError && (
        <Alert
          type="error"
          showIcon
          message={toProblem(profile.error).title}
          action={<Button size="small" onClick={() => void profile.refetch()}>重试</Button>}
        />
      )}
      {profile.data && (
        <>
          {me.data && me.data.identity !== 'teacher' && (
            <Alert className="form-alert" type="info" showIcon message="个人信息（任教信息）仅供教师身份填写；学生、家长可在“我的”页切换为教师身份。" />
          )}
          <CompletenessBanner completeness={profile.data.completeness} />
          <Card className="profile-status" size="small">
            <Space wrap>
              <Typography.Text>教师认证：</Typography.Text>
              <VerificationBadge verification={profile.data.verification} />
            </Space>
            {profile.data.verification.status === 'pending' && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                已提交，等待学校管理员审核。
              </Typography.Paragraph>
            )}
          </Card>
          <Form
            form={form}
            name="profile"
            layout="vertical"
            onFinish={editor.save}
            scrollToFirstError
            className="profile-form"
          >
            <FormAlert message={editor.alert} onClose={editor.clearAlert} />
            {FIELD_GROUPS.map((group) => (
              <Card key={group.title} title={group.title} className="profile-group" size="small">
                {group.fields.map((field) => (
                  <ProfileFieldItem
                    key={field}
                    field={field}
                    options={options.data}
                    required={isRequiredField(field, options.data)}
                    locked={locked.has(field)}
                  />
                ))}
                {group.title === '任教信息' && profile.data.school && (
                  <Button danger block onClick={confirmRemoveSchool} loading={editor.removingSchool}>
                    删除任教信息
                  </Button>
                )}
              </Card>
            ))}
            <div className="profile-form__actions">
              <Button type="primary" htmlType="submit" block size="large" loading={editor.saving}>
                保存
              </Button>
            </div>
          </Form>
        </>
      )}
    </AppLayout>
  );
}
