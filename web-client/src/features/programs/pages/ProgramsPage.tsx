import { Card, Empty, List, Tabs, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { ProgramStatus } from '../../../api/xueshi-client';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { ProgramNav } from '../components/ProgramNav';
import { QueryState } from '../components/QueryState';
import { usePrograms } from '../programsApi';
import { STATUS_TABS, formatWindow, tabFromQuery } from '../programs';

function ProgramList({ status }: { status: ProgramStatus }) {
  const programs = usePrograms(status);
  if (!programs.data) return <QueryState query={programs} />;
  if (programs.data.items.length === 0) return <Empty description="暂无培训" />;
  return (
    <List
      dataSource={programs.data.items}
      rowKey="id"
      renderItem={(p) => (
        <List.Item>
          <Card size="small" className="program-card">
            <Link to={`/programs/${p.id}`} className="program-card__title">
              {p.title}
            </Link>
            <Typography.Paragraph type="secondary" className="program-card__meta">
              学习时间：{formatWindow(p.startsOn, p.endsOn)}
            </Typography.Paragraph>
            <Tag>{p.courseCount}门课程</Tag>
          </Card>
        </List.Item>
      )}
    />
  );
}

/** 培训: the programs open now, upcoming and ended, by their window in Beijing. */
export function ProgramsPage() {
  const [params, setParams] = useSearchParams();
  const active = tabFromQuery(params.get('status'));
  return (
    <AppLayout title="培训">
      <ProgramNav />
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ status: key }, { replace: true })}
        items={STATUS_TABS.map((t) => ({ key: t.status, label: t.label, children: t.status === active ? <ProgramList status={t.status} /> : null }))}
      />
    </AppLayout>
  );
}
