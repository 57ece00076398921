import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, List, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { SchoolFormModal } from '../../../shared/directory/SchoolFormModal';
import { api } from '../../../shared/api/api';
import type { AddSchool, SchoolResponse } from '../../../api/xueshi-client';
import { toProblem } from '../../../shared/problem/problem';
import { useAdminScopes } from '../../../shared/api/queries';
import { orderSchools } from '../../../shared/directory/schoolPicker';
import { schoolSystemLabel } from '../../../shared/directory/schoolSystems';

const PAGE_SIZE = 20;

/** 县区管理员: the county's schools, 新增学校 and corrections. */
export function CountyAdminPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const scopes = useAdminScopes();
  const regions = scopes.data?.regions ?? [];
  const [regionId, setRegionId] = useState<string>();
  useEffect(() => {
    if (!regionId && regions.length > 0) setRegionId(regions[0].id);
  }, [regions, regionId]);
  const region = regions.find((r) => r.id === regionId);

  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<SchoolResponse | 'new' | null>(null);

  const schools = useQuery({
    queryKey: ['schools', regionId, q, page],
    queryFn: () => api.searchSchools({ regionId: regionId!, q: q || undefined, page, pageSize: PAGE_SIZE }),
    enabled: !!regionId,
  });

  const save = async (input: AddSchool) => {
    if (editing === 'new') {
      await api.addSchool(regionId!, input);
      message.success(`已新增学校“${input.name}”`);
    } else if (editing) {
      await api.correctSchool(editing.id, input);
      message.success('学校信息已修正');
    }
    await queryClient.invalidateQueries({ queryKey: ['schools'] });
  };

  return (
    <AppLayout title="县区管理" back="/me" wide>
      {scopes.isPending && <Skeleton active />}
      {scopes.isError && <Alert type="error" showIcon message={toProblem(scopes.error).title} />}
      {scopes.data && regions.length === 0 && <Alert type="info" showIcon message="您还没有负责的县区" />}
      {regions.length > 1 && (
        <Select
          aria-label="选择县区"
          className="console-card"
          style={{ width: '100%' }}
          value={regionId}
          onChange={(id) => {
            setRegionId(id);
            setPage(1);
          }}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
        />
      )}
      {regionId && (
        <Card
          size="small"
          className="console-card"
          title={`${region?.name ?? ''}学校`}
          extra={
            region?.level === 'county' ? (
              <Button type="primary" size="small" onClick={() => setEditing('new')}>
                新增学校
              </Button>
            ) : undefined
          }
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.Search
              aria-label="搜索学校"
              placeholder="输入学校名称搜索"
              allowClear
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(text) => {
                setQ(text.trim());
                setPage(1);
              }}
            />
            {schools.isError && <Alert type="error" showIcon message={toProblem(schools.error).title} />}
            <List<SchoolResponse>
              loading={schools.isFetching}
              dataSource={orderSchools(schools.data?.items ?? [])}
              locale={{ emptyText: <Empty description="没有找到学校" /> }}
              pagination={
                (schools.data?.total ?? 0) > PAGE_SIZE
                  ? { current: page, pageSize: PAGE_SIZE, total: schools.data?.total, onChange: setPage, size: 'small', showSizeChanger: false }
                  : false
              }
              renderItem={(s) => (
                <List.Item
                  data-testid="county-school"
                  actions={
                    s.isOther
                      ? [<Typography.Text type="secondary" key="fixed">系统保留</Typography.Text>]
                      : [
                          <Button key="edit" type="link" size="small" onClick={() => setEditing(s)}>
                            修正
                          </Button>,
                        ]
                  }
                >
                  <List.Item.Meta
                    title={
                      <>
                        {s.name} {s.isOther && <Tag>其他</Tag>}
                      </>
                    }
                    description={`${schoolSystemLabel(s.schoolSystem)} · ${s.regionPath.join(' / ')}`}
                  />
                </List.Item>
              )}
            />
          </Space>
        </Card>
      )}
      <SchoolFormModal
        open={editing !== null}
        title={editing === 'new' ? '新增学校' : '修正学校信息'}
        initial={editing && editing !== 'new' ? { name: editing.name, schoolSystem: editing.schoolSystem } : undefined}
        onSubmit={save}
        onClose={() => setEditing(null)}
      />
    </AppLayout>
  );
}
