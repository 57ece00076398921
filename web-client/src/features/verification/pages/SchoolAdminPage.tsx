import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, Select, Skeleton, Space, Tabs, Typography } from 'antd';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { RejectReasonModal } from '../../../shared/forms/RejectReasonModal';
import { SchoolInfoCard } from '../components/SchoolInfoCard';
import { TeacherQueue } from '../components/TeacherQueue';
import { toProblem } from '../../../shared/problem/problem';
import { useAdminScopes } from '../../../shared/api/queries';
import { QUEUE_TABS, useVerificationQueue, type QueueTab } from '../hooks/useVerificationQueue';

/** What 审核通过 verifies (004: 学校管理员审核认定为心理健康教育专兼职教师、班主任), and that it locks it. */
export const APPROVAL_NOTE =
  '审核通过即认定教师的姓名、证件号码、所在学校，以及是否心理健康教育教师、是否担任班主任；认定后教师不能自行修改，需从学校移除后重新审核。';

/** 学校管理员: the teachers who chose the school, to approve, refuse or remove. */
export function SchoolAdminPage() {
  const scopes = useAdminScopes();
  const schools = scopes.data?.schools ?? [];
  const [schoolId, setSchoolId] = useState<string>();
  useEffect(() => {
    if (!schoolId && schools.length > 0) setSchoolId(schools[0].id);
  }, [schools, schoolId]);

  const queue = useVerificationQueue(schoolId);
  const [rejecting, setRejecting] = useState(false);
  const [search, setSearch] = useState('');

  return (
    <AppLayout title="学校管理" back="/me" wide>
      {scopes.isPending && <Skeleton active />}
      {scopes.isError && <Alert type="error" showIcon message={toProblem(scopes.error).title} />}
      {scopes.data && schools.length === 0 && <Alert type="info" showIcon message="您还没有负责的学校" />}
      {schools.length > 1 && (
        <Select
          aria-label="选择学校"
          className="console-card"
          style={{ width: '100%' }}
          value={schoolId}
          onChange={setSchoolId}
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
        />
      )}
      {schoolId && (
        <>
          <SchoolInfoCard schoolId={schoolId} />
          <Card size="small" title="教师认证" className="console-card">
            <Tabs
              activeKey={queue.tab}
              onChange={(key) => queue.setTab(key as QueueTab)}
              items={QUEUE_TABS.map((t) => {
                const count = queue.countOf(t.key);
                return { key: t.key, label: count === undefined ? t.label : `${t.label}（${count}）` };
              })}
            />
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.Search
                aria-label="按姓名搜索"
                placeholder="按姓名搜索"
                allowClear
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                onSearch={queue.search}
              />
              {queue.list.isError && <Alert type="error" showIcon message={toProblem(queue.list.error).title} />}
              {queue.tab === 'pending' && (
                <Typography.Paragraph type="secondary" className="queue-note" data-testid="approval-note">
                  {APPROVAL_NOTE}
                </Typography.Paragraph>
              )}
              {queue.tab === 'pending' && (
                <Space wrap className="queue-actions">
                  <Button
                    type="primary"
                    disabled={queue.selected.length === 0}
                    loading={queue.deciding}
                    onClick={() => void queue.decide('approve')}
                  >
                    审核通过{queue.selected.length > 0 ? `（${queue.selected.length}）` : ''}
                  </Button>
                  <Button danger disabled={queue.selected.length === 0} onClick={() => setRejecting(true)}>
                    审核不通过{queue.selected.length > 0 ? `（${queue.selected.length}）` : ''}
                  </Button>
                  {queue.list.data && queue.list.data.items.length > 0 && (
                    <Button
                      type="link"
                      onClick={() =>
                        queue.setSelected(
                          queue.selected.length === queue.list.data!.items.length ? [] : queue.list.data!.items.map((t) => t.accountId),
                        )
                      }
                    >
                      {queue.selected.length === queue.list.data.items.length ? '取消全选' : '全选本页'}
                    </Button>
                  )}
                </Space>
              )}
              <TeacherQueue queue={queue} />
            </Space>
          </Card>
          <RejectReasonModal
            open={rejecting}
            title="审核不通过"
            description={`将驳回选中的 ${queue.selected.length} 位教师，教师会在个人信息页看到原因。`}
            onSubmit={(reason) => queue.decide('reject', reason)}
            onClose={() => setRejecting(false)}
          />
        </>
      )}
    </AppLayout>
  );
}
