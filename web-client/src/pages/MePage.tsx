import { Alert, Avatar, Button, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../lib/api';
import { formatChinaDate } from '../lib/format';
import { identityLabel } from '../lib/identity';
import { toProblem } from '../lib/problem';
import { useAuthActions } from '../lib/useAuth';

export const meQueryKey = ['me'] as const;

export function MePage() {
  const { signOut } = useAuthActions();
  const navigate = useNavigate();
  const me = useQuery({ queryKey: meQueryKey, queryFn: api.getMe });

  const onSignOut = () => {
    signOut();
    navigate('/login', { replace: true });
  };

  return (
    <main className="page">
      <header className="topbar">
        <span className="topbar__brand">学时</span>
        <span className="topbar__title">我的</span>
      </header>
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
          </>
        )}
        <Button danger block size="large" onClick={onSignOut} className="sign-out">
          退出登录
        </Button>
      </Card>
    </main>
  );
}
