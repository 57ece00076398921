import { useState } from 'react';
import { Alert, App, Button, Modal, Skeleton, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateStatusView, CertificateView, ConditionView } from '../../../api/xueshi-client';
import { toProblem } from '../../../shared/problem/problem';
import { certificateKeys, certificatesApi, useCertificatePreview } from '../certificatesApi';
import { ALREADY_CLAIMED, NOT_ELIGIBLE, PREVIEW_CHANGED, unmetConditionsOf } from '../certificates';
import { CertificateDetails } from './CertificateDetails';
import { UnmetConditions } from './UnmetConditions';

interface Props {
  programId: string;
  open: boolean;
  onClose: () => void;
  onClaimed: (certificate: CertificateView) => void;
}

/** A refusal shown in the dialog: the server's words, and the conditions it names when it names any. */
interface Refusal {
  message: string;
  conditions: ConditionView[];
}

function refusalOf(error: unknown): Refusal {
  return { message: toProblem(error).title, conditions: unmetConditionsOf(error) };
}

const CHANGED_NOTICE = '证书信息在您预览后发生了变化，下面是最新的信息，请重新核对后再点击“确认正确”。';

/**
 * 证书预览: the certificate as it will be issued, name and ID number masked, with the warning that it can
 * never change once confirmed. 确认正确 sends the digest of exactly what was shown; if the data changed in
 * the meantime the server refuses, and the dialog shows the new preview to check again.
 */
export function PreviewDialog({ programId, open, onClose, onClaimed }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const preview = useCertificatePreview(programId, open);
  const [notice, setNotice] = useState<string>();
  const [refusal, setRefusal] = useState<Refusal>();

  const claim = useMutation({
    mutationFn: (digest: string) => certificatesApi.claim(programId, digest),
    onSuccess: async (certificate) => {
      // Shown at once; the status is then read again for the server's word.
      queryClient.setQueryData<CertificateStatusView>(certificateKeys.status(programId), (old) =>
        old ? { ...old, eligible: false, unmetConditions: [], certificate } : old);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: certificateKeys.status(programId), exact: true }),
        queryClient.invalidateQueries({ queryKey: certificateKeys.mine }),
      ]);
      void message.success('证书已领取，可以下载了');
      onClaimed(certificate);
    },
    onError: async (error) => {
      const { code } = toProblem(error);
      if (code === PREVIEW_CHANGED) {
        setRefusal(undefined);
        setNotice(CHANGED_NOTICE);
        await preview.refetch();
        return;
      }
      setNotice(undefined);
      setRefusal(refusalOf(error));
      if (code === NOT_ELIGIBLE || code === ALREADY_CLAIMED) {
        await queryClient.invalidateQueries({ queryKey: certificateKeys.status(programId), exact: true });
      }
    },
  });

  const close = () => {
    setNotice(undefined);
    setRefusal(undefined);
    claim.reset();
    onClose();
  };

  const data = preview.data;
  const previewRefusal = preview.isError ? refusalOf(preview.error) : undefined;
  const shownRefusal = refusal ?? previewRefusal;
  const canConfirm = !!data && !preview.isFetching && !refusal;

  return (
    <Modal
      open={open}
      title="证书预览"
      onCancel={close}
      // Asked afresh on every opening: what was shown last time may no longer be what would be issued.
      afterClose={() => queryClient.removeQueries({ queryKey: certificateKeys.preview(programId), exact: true })}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button type="primary" loading={claim.isPending} disabled={!canConfirm}
            onClick={() => data && claim.mutate(data.previewDigest)} data-testid="certificate-confirm">
            确认正确
          </Button>
        </Space>
      }
    >
      <div className="certificate-preview" data-testid="certificate-preview">
        {notice && <Alert type="info" showIcon role="alert" message={notice} className="certificate-preview__alert" data-testid="preview-changed" />}
        {shownRefusal && (
          <Alert type="error" showIcon role="alert" className="certificate-preview__alert" data-testid="preview-refusal"
            message={shownRefusal.message}
            description={shownRefusal.conditions.length > 0 ? <UnmetConditions conditions={shownRefusal.conditions} /> : undefined} />
        )}
        {preview.isPending && open && <Skeleton active paragraph={{ rows: 6 }} />}
        {data && (
          <>
            <Alert type="warning" showIcon className="certificate-preview__warning" data-testid="preview-warning"
              message="确认前请认真核对" description={data.warning} />
            <Typography.Title level={3} className="certificate-preview__title">{data.scheme.title}</Typography.Title>
            {data.scheme.kind === 'training' && (
              <Typography.Paragraph data-testid="certificate-scope">本证书为研修证书，涵盖“{data.scheme.title}”中您已完成的专题。</Typography.Paragraph>
            )}
            <CertificateDetails facts={{ ...data, title: data.scheme.title }} showTitle={false} />
          </>
        )}
      </div>
    </Modal>
  );
}
