import { Alert, Avatar, Button, Card, Descriptions, List, Skeleton, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { IdentitySwitch } from '../components/IdentitySwitch';
import { VerificationBadge } from '../../../shared/profile/VerificationBadge';
import { formatChinaDate } from '../../../shared/format/format';
import { identityLabel } from '../identity';
import { toProblem } from '../../../shared/problem/problem';
import { missingFieldLabels } from '../../../shared/profile/profileFields';
import { useMe, useMyProfile } from '../../../shared/api/queries';
import { CONSOLES, canSwitchToTeacher, hasRole } from '../../../shared/session/roles';
import { useAuthActions } from '../../../shared/session/useAuth';

export { meQueryKey } from '../../../shared/api/queries';

function ProfileSummary() {
  const profile = useMyProfile();
  if (profile.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (profile.isError) return <Typography.Text type="secondary">个人信息暂时无法加载</Typography.Text>;
  const { completeness, verification } = profile.data;
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label="教师认证">
        <VerificationBadge verification={verification} />
      </Descriptions.Item>
      <Descriptions.Item label="信息完整度">
        {completeness.isComplete ? (
          <Typography.Text type="success">已完善</Typography.Text>
        ) : (
          <Typography.Text type="warning" data-testid="me-incomplete">
            待完善：{missingFieldLabels(completeness.missingFields).join('、')}
          </Typography.Text>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Through dataSource, antd's List puts its items in a <ul>; as children they would be <li>s in a <div>. */
function LinkList({ links }: { links: { path: string; title: string }[] }) {
  return (
    <List
      size="small"
      dataSource={links}
      rowKey="path"
      renderItem={(l) => (
        <List.Item>
          <Link to={l.path}>{l.title}</Link>
        </List.Item>
      )}
    />
  );
}

export function MePage() {
  const { signOut } = useAuthActions();
  const navigate = useNavigate();
  const me = useMe();

  const onSignOut = async () => {
    await signOut();
    navigate('/login', { replace: true });
  };

  const consoles = me.data ? CONSOLES.filter((c) => hasRole(me.data.roles, c.role)) : [];

  return (
    <AppLayout title="我的">
      <Card className="page__card">
        {me.isPending && <Skeleton avatar active paragraph={{ rows: 3 }} />}
        {me.isError && (
          <Alert
            type="error"
            showIcon
            message={toProblem(me.error).title}
            action={
              <Button size="small" onClick={() => void me.refetch()}>
                重试
              </Button>
            }
          />
        )}
        {me.data && (
          <>
            <Space size="middle" align="center" className="profile-head">
              <Avatar size={56} className="profile-head__avatar">
                {me.data.nickname.slice(0, 1)}
              </Avatar>
              <div>
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="me-nickname">
                  {me.data.nickname}
                </Typography.Title>
                <Typography.Text type="secondary">{identityLabel(me.data.identity)}</Typography.Text>
              </div>
            </Space>
            <Descriptions column={1} size="small" className="profile-details">
              <Descriptions.Item label="昵称">{me.data.nickname}</Descriptions.Item>
              <Descriptions.Item label="手机号">{me.data.phone}</Descriptions.Item>
              <Descriptions.Item label="身份">{identityLabel(me.data.identity)}</Descriptions.Item>
              <Descriptions.Item label="注册时间">{formatChinaDate(me.data.registeredAt)}</Descriptions.Item>
            </Descriptions>
            {me.data.identity === 'teacher' && <ProfileSummary />}
            {canSwitchToTeacher(me.data.identity) && <IdentitySwitch me={me.data} />}
          </>
        )}
      </Card>

      <Card className="page__card me-links" size="small">
        <LinkList
          links={[
            { path: '/programs', title: '培训' },
            { path: '/me/programs', title: '我的培训' },
            { path: '/me/certificates', title: '我的证书' },
            { path: '/me/profile', title: '个人信息' },
          ]}
        />
        <Typography.Text type="secondary" className="me-links__heading">账号安全</Typography.Text>
        <LinkList
          links={[
            { path: '/me/phone', title: '换绑手机' },
            { path: '/reset-password', title: '修改/重置密码' },
          ]}
        />
        {consoles.length > 0 && (
          <>
            <Typography.Text type="secondary" className="me-links__heading">管理</Typography.Text>
            <LinkList links={consoles} />
          </>
        )}
      </Card>

      <div className="page__card">
        <Button danger block size="large" onClick={() => void onSignOut()} className="sign-out">
          退出登录
        </Button>
      </div>
    </AppLayout>
  );
}
