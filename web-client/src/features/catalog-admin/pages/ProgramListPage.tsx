import { useState } from 'react';
import { Alert, Button, Card, Empty, Pagination, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import type { ProgramState } from '../../../api/xueshi-client';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { api } from '../../../shared/api/api';
import { toProblem } from '../../../shared/problem/problem';
import { AUDIENCE_LABELS, STATE_LABELS } from '../labels';
import { ProgramFormModal } from './ProgramFormModal';

const PAGE_SIZE = 20;

/** Every program in every state, newest change first, with 新建专题. */
export function ProgramListPage() {
  const navigate = useNavigate();
  const [state, setState] = useState<ProgramState | 'all'>('all');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const programs = useQuery({
    queryKey: ['admin-programs', state, page],
    queryFn: () => api.listAdminPrograms({ state: state === 'all' ? undefined : state, page, pageSize: PAGE_SIZE }),
  });

  return (
    <AppLayout title="专题管理" back="/me" wide>
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Segmented
          aria-label="按状态筛选"
          value={state}
          onChange={(v) => {
            setState(v as ProgramState | 'all');
            setPage(1);
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'draft', label: '草稿' },
            { value: 'published', label: '已发布' },
            { value: 'closed', label: '已关闭' },
          ]}
        />
        <Space wrap>
          <Link to="/admin/catalog/trainings">研修管理</Link>
          <Button type="primary" onClick={() => setCreating(true)}>
            新建专题
          </Button>
        </Space>
      </Space>
      {programs.isPending && <Skeleton active />}
      {programs.isError && <Alert type="error" showIcon message={toProblem(programs.error).title} />}
      {programs.data && programs.data.items.length === 0 && <Empty description="还没有专题" />}
      {programs.data?.items.map((p) => (
        <Card key={p.id} size="small" className="console-card" data-testid="admin-program">
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={STATE_LABELS[p.state].color}>{STATE_LABELS[p.state].label}</Tag>
              <Link to={`/admin/catalog/programs/${p.id}`}>{p.title}</Link>
            </Space>
            <Typography.Text type="secondary">
              {AUDIENCE_LABELS[p.audience]} · {p.startsOn} 至 {p.endsOn} · {p.courseCount} 门课程
            </Typography.Text>
          </Space>
        </Card>
      ))}
      {programs.data && programs.data.total > PAGE_SIZE && (
        <Pagination current={page} pageSize={PAGE_SIZE} total={programs.data.total} onChange={setPage} size="small" />
      )}
      <ProgramFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(program) => navigate(`/admin/catalog/programs/${program.id}`)}
      />
    </AppLayout>
  );
}
