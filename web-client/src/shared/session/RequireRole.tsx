import type { ReactNode } from 'react';
import { Alert, Button, Result, Spin } from 'antd';
import { Link } from 'react-router-dom';
import type { AccountRole } from '../../api/xueshi-client';
import { toProblem } from '../problem/problem';
import { useMe } from '../api/queries';
import { hasRole } from './roles';

/** Renders a console only for accounts holding its role; use inside RequireAuth. */
export function RequireRole({ role, children }: { role: AccountRole; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Spin className="page-spin" size="large" />;
  if (me.isError) return <Alert type="error" showIcon message={toProblem(me.error).title} />;
  if (!hasRole(me.data.roles, role)) {
    return (
      <Result
        status="403"
        title="没有权限"
        subTitle="您的账号没有访问此页面的权限"
        extra={
          <Link to="/me">
            <Button type="primary">返回我的</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}
