import { App, Button, Card, Checkbox, Descriptions, Empty, Grid, Pagination, Space, Table, Tag, Typography, type CheckboxProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { SchoolTeacherItem } from '../../../api/xueshi-client';
import { formatChinaDate } from '../../../shared/format/format';
import { VERIFICATION_LABELS } from '../../../shared/profile/profileFields';
import { PAGE_SIZE, type useVerificationQueue } from '../hooks/useVerificationQueue';

type Queue = ReturnType<typeof useVerificationQueue>;

function yesNo(value: boolean | undefined): string {
  return value === undefined || value === null ? '—' : value ? '是' : '否';
}

function teaching(t: SchoolTeacherItem): string {
  return [t.stage, t.subject, t.title].filter(Boolean).join(' / ') || '—';
}

/** The verification queue: a table on a laptop, cards with check boxes on a phone. */
export function TeacherQueue({ queue }: { queue: Queue }) {
  const { modal } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const items = queue.list.data?.items ?? [];
  const selectable = queue.tab === 'pending';

  const confirmRemove = (t: SchoolTeacherItem) =>
    modal.confirm({
      title: '从学校移除',
      content: `确定将 ${t.realName}（${t.phone}）从本校移除吗？移除后该教师的认证失效，需要重新选择学校并再次审核。`,
      okText: '移除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => queue.remove(t.accountId),
    });

  const status = (t: SchoolTeacherItem) => (
    <>
      <Tag color={VERIFICATION_LABELS[t.status]?.color}>{VERIFICATION_LABELS[t.status]?.text ?? t.status}</Tag>
      {t.reason && <Typography.Text type="secondary">{t.reason}</Typography.Text>}
    </>
  );

  const pagination = {
    current: queue.page,
    pageSize: PAGE_SIZE,
    total: queue.list.data?.total ?? 0,
    onChange: queue.setPage,
    showSizeChanger: false,
    size: 'small' as const,
  };

  if (wide) {
    const columns: ColumnsType<SchoolTeacherItem> = [
      { title: '姓名', dataIndex: 'realName', key: 'realName' },
      { title: '证件号码', dataIndex: 'idNumberMasked', key: 'idNumberMasked' },
      { title: '手机号', dataIndex: 'phone', key: 'phone' },
      { title: '学段 / 学科 / 职称', key: 'teaching', render: (_, t) => teaching(t) },
      { title: '心理健康教育教师', key: 'psy', render: (_, t) => yesNo(t.isPsychologyTeacher) },
      { title: '班主任', key: 'head', render: (_, t) => yesNo(t.isHeadTeacher) },
      { title: '状态', key: 'status', render: (_, t) => status(t) },
      { title: '提交时间', key: 'submittedAt', render: (_, t) => (t.submittedAt ? formatChinaDate(t.submittedAt) : '—') },
      {
        title: '操作',
        key: 'actions',
        render: (_, t) => (
          <Button type="link" danger size="small" onClick={() => confirmRemove(t)}>
            从学校移除
          </Button>
        ),
      },
    ];
    return (
      <Table<SchoolTeacherItem>
        rowKey="accountId"
        columns={columns}
        dataSource={items}
        loading={queue.list.isFetching}
        pagination={pagination}
        rowSelection={
          selectable
            ? {
                selectedRowKeys: queue.selected,
                onChange: (keys) => queue.setSelected(keys.map(String)),
                // The box's name for screen readers; antd hands it to the <input>, though its type omits aria-*.
                getCheckboxProps: (t) => ({ 'aria-label': `选择 ${t.realName}` }) as CheckboxProps,
              }
            : undefined
        }
        locale={{ emptyText: <Empty description="暂无教师" /> }}
        // Not antd's scroll={{ x }}: it copies the select-all box into a hidden measuring row, focusable
        // though hidden from screen readers. The wrapper scrolls sideways instead (styles.css).
        className="teacher-table"
      />
    );
  }

  const toggle = (id: string, on: boolean) =>
    queue.setSelected(on ? [...queue.selected, id] : queue.selected.filter((s) => s !== id));

  return (
    <div className="teacher-cards" data-testid="teacher-cards">
      {items.length === 0 && !queue.list.isFetching && <Empty description="暂无教师" />}
      {items.map((t) => (
        <Card
          key={t.accountId}
          size="small"
          className="teacher-card"
          data-testid="teacher-card"
          title={
            selectable ? (
              <Checkbox checked={queue.selected.includes(t.accountId)} onChange={(e) => toggle(t.accountId, e.target.checked)}>
                {t.realName}
              </Checkbox>
            ) : (
              t.realName
            )
          }
          extra={status(t)}
        >
          <Descriptions column={1} size="small">
            <Descriptions.Item label="证件号码">{t.idNumberMasked}</Descriptions.Item>
            <Descriptions.Item label="手机号">{t.phone}</Descriptions.Item>
            <Descriptions.Item label="任教">{teaching(t)}</Descriptions.Item>
            <Descriptions.Item label="心理健康教育教师">{yesNo(t.isPsychologyTeacher)}</Descriptions.Item>
            <Descriptions.Item label="班主任">{yesNo(t.isHeadTeacher)}</Descriptions.Item>
          </Descriptions>
          <Space>
            <Button danger size="small" onClick={() => confirmRemove(t)}>
              从学校移除
            </Button>
          </Space>
        </Card>
      ))}
      {(queue.list.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination {...pagination} className="teacher-cards__pages" />
      )}
    </div>
  );
}
