import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';

interface Props {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}

export function AuthLayout({ title, children, footer }: Props) {
  return (
    <main className="page page--auth">
      <header className="brand">
        <div className="brand__name">学时</div>
        <div className="brand__tagline">教师研修学习平台</div>
      </header>
      <Card className="page__card" title={<Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>}>
        {children}
      </Card>
      {footer && <div className="page__footer">{footer}</div>}
    </main>
  );
}
