import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Image, Skeleton, Space, Spin, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { RejectReasonModal } from '../../../shared/forms/RejectReasonModal';
import { api } from '../../../shared/api/api';
import type { PhoneRebindRequestItem } from '../../../api/xueshi-client';
import { formatChinaDate } from '../../../shared/format/format';
import { toProblem } from '../../../shared/problem/problem';

const requestsKey = ['phone-rebind-requests', 'pending'] as const;

/** The ID photo is only served to support with a token, so it is fetched and shown as a blob URL. */
function RequestPhoto({ id }: { id: string }) {
  const photo = useQuery({ queryKey: ['phone-rebind-photo', id], queryFn: () => api.getPhoneRebindPhoto(id), staleTime: Infinity });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!photo.data) return;
    const next = URL.createObjectURL(photo.data);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [photo.data]);
  if (photo.isPending) return <Spin />;
  if (photo.isError) return <Alert type="error" showIcon message={toProblem(photo.error).title} />;
  return url ? <Image src={url} alt="手持证件照片" width={160} className="rebind-photo" /> : null;
}

function RequestCard({ request, onReject }: { request: PhoneRebindRequestItem; onReject: () => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => api.decidePhoneRebindRequest(request.id, true),
    onSuccess: () => {
      message.success('已批准换绑');
      void queryClient.invalidateQueries({ queryKey: requestsKey });
    },
    onError: (error) => message.error(toProblem(error).title),
  });

  return (
    <Card size="small" className="console-card" data-testid="rebind-request" title={`${request.realName} 的换绑申请`}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color={request.accountFound ? 'success' : 'error'}>{request.accountFound ? '找到原手机号账号' : '未找到原手机号账号'}</Tag>
        <Tag color={request.profileMatches ? 'success' : 'warning'}>{request.profileMatches ? '姓名证件与资料一致' : '姓名证件与资料不一致'}</Tag>
      </Space>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="证件号码">{request.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label="原手机号">{request.oldPhone}</Descriptions.Item>
        <Descriptions.Item label="新手机号">{request.newPhone}</Descriptions.Item>
        <Descriptions.Item label="提交时间">{formatChinaDate(request.submittedAt)}</Descriptions.Item>
      </Descriptions>
      <RequestPhoto id={request.id} />
      <Space style={{ marginTop: 12 }} wrap>
        <Button
          type="primary"
          loading={approve.isPending}
          onClick={() =>
            modal.confirm({
              title: '批准换绑',
              content: `确认已电话核实，将账号手机号由 ${request.oldPhone} 换为 ${request.newPhone}？该账号的所有登录将退出。`,
              okText: '批准',
              cancelText: '取消',
              onOk: () => approve.mutateAsync().then(() => undefined, () => undefined),
            })
          }
        >
          批准
        </Button>
        <Button danger onClick={onReject}>
          驳回
        </Button>
      </Space>
    </Card>
  );
}

/** 客服: pending phone rebinding requests, checked by hand against the ID photo. */
export function SupportRebindingPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const requests = useQuery({ queryKey: requestsKey, queryFn: () => api.listPhoneRebindRequests('pending') });
  const [rejecting, setRejecting] = useState<PhoneRebindRequestItem | null>(null);

  const reject = async (reason: string) => {
    if (!rejecting) return;
    try {
      await api.decidePhoneRebindRequest(rejecting.id, false, reason);
      message.success('已驳回申请');
      await queryClient.invalidateQueries({ queryKey: requestsKey });
    } catch (error) {
      message.error(toProblem(error).title);
      throw error;
    }
  };

  return (
    <AppLayout title="手机换绑申请" back="/me" wide>
      {requests.isPending && <Skeleton active />}
      {requests.isError && <Alert type="error" showIcon message={toProblem(requests.error).title} />}
      {requests.data && requests.data.length === 0 && <Empty description="没有待处理的申请" />}
      {requests.data?.map((r) => <RequestCard key={r.id} request={r} onReject={() => setRejecting(r)} />)}
      <RejectReasonModal
        open={rejecting !== null}
        title="驳回换绑申请"
        description={rejecting ? `驳回 ${rejecting.realName} 的申请（新手机号 ${rejecting.newPhone}）。` : undefined}
        onSubmit={reject}
        onClose={() => setRejecting(null)}
      />
    </AppLayout>
  );
}
