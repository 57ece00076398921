import { useState } from 'react';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CertificateStatusView } from '../../../api/xueshi-client';
import { toProblem } from '../../../shared/problem/problem';
import { useCertificateStatus } from '../certificatesApi';
import { CertificateSummary } from './CertificateSummary';
import { HoursFigure } from './HoursFigure';
import { PreviewDialog } from './PreviewDialog';
import { UnmetConditions } from './UnmetConditions';
import '../certificates.css';

/** A training's certificate is one for several programs: say so, and which. */
function TrainingScope({ scheme }: { scheme: NonNullable<CertificateStatusView['scheme']> }) {
  if (scheme.kind !== 'training') return null;
  return (
    <Typography.Paragraph data-testid="certificate-scope">
      本专题的证书为研修证书“{scheme.title}”，涵盖：{scheme.programs.map((p) => p.title).join('、')}。领取时记录您已完成的专题。
    </Typography.Paragraph>
  );
}

function StatusBody({ status, onClaim }: { status: CertificateStatusView; onClaim: () => void }) {
  if (status.certificate) {
    return (
      <>
        <CertificateSummary certificate={status.certificate} />
        <Typography.Paragraph className="certificate-area__more">
          <Link to="/me/certificates">查看我的全部证书</Link>
        </Typography.Paragraph>
      </>
    );
  }
  if (status.eligible) {
    return (
      <>
        <Typography.Paragraph data-testid="certificate-claimable">
          您已满足领取条件，证书将记录 <HoursFigure hours={status.totalHours} testId="certificate-claimable-hours" />。
        </Typography.Paragraph>
        <Button type="primary" size="large" block onClick={onClaim} data-testid="certificate-claim">
          领取证书
        </Button>
      </>
    );
  }
  return (
    <>
      <Typography.Paragraph className="certificate-area__why">
        {status.scheme ? '暂不能领取证书：' : '本专题不提供电子学习证书。'}
      </Typography.Paragraph>
      {status.scheme && <UnmetConditions conditions={status.unmetConditions} />}
    </>
  );
}

/** 电子学习证书 on the program page: 领取证书 when it can be claimed, every reason why not otherwise, and once claimed the certificate. */
export function ProgramCertificate({ programId }: { programId: string }) {
  const status = useCertificateStatus(programId);
  const [previewing, setPreviewing] = useState(false);
  const s = status.data;
  return (
    <Card className="page__card certificate-area" data-testid="certificate-area"
      title={<h2 className="certificate-area__title">电子学习证书</h2>}>
      {status.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {status.isError && (
        <Alert type="error" showIcon message={toProblem(status.error).title}
          action={<Button size="small" onClick={() => void status.refetch()}>重试</Button>} />
      )}
      {s && (
        <>
          {s.scheme && <TrainingScope scheme={s.scheme} />}
          <StatusBody status={s} onClaim={() => setPreviewing(true)} />
          <PreviewDialog programId={programId} open={previewing} onClose={() => setPreviewing(false)} onClaimed={() => setPreviewing(false)} />
        </>
      )}
    </Card>
  );
}
