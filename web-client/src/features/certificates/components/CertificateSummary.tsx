import { Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CertificateView } from '../../../api/xueshi-client';
import { formatChinaDate, formatDay } from '../../../shared/format/format';
import { KIND_LABELS, STATUS_LABELS, verificationPath } from '../certificates';
import { DownloadButton } from './DownloadButton';
import { HoursFigure } from './HoursFigure';
import { ProgramHours } from './CertificateDetails';

export function StatusTag({ status }: { status: CertificateView['status'] }) {
  return (
    <Tag color={status === 'valid' ? 'blue' : 'default'} data-testid="certificate-status">
      {STATUS_LABELS[status]}
    </Tag>
  );
}

/**
 * One claimed certificate as its owner sees it: 证书编号, hours, status, 下载证书 while valid, the public
 * verification page, and for a void one when and by which certificate it was replaced.
 */
export function CertificateSummary({ certificate, replacement }: {
  certificate: CertificateView;
  /** The certificate that replaced a void one, when known. */
  replacement?: Pick<CertificateView, 'serial' | 'verificationCode'>;
}) {
  const c = certificate;
  const isVoid = c.status === 'void';
  return (
    <div className="certificate-summary" data-testid="certificate-summary" data-serial={c.serial} data-status={c.status}>
      <Space size={4} wrap className="certificate-summary__tags">
        <StatusTag status={c.status} />
        <Tag>{KIND_LABELS[c.kind]}</Tag>
      </Space>
      {c.kind === 'training' && (
        <Typography.Paragraph className="certificate-summary__scope" data-testid="certificate-scope">
          本证书为研修证书，涵盖“{c.title}”中您已完成的专题。
        </Typography.Paragraph>
      )}
      <Descriptions column={1} size="small">
        <Descriptions.Item label="证书编号"><span className="certificate-serial" data-testid="certificate-serial">{c.serial}</span></Descriptions.Item>
        <Descriptions.Item label="验证码"><span className="certificate-serial" data-testid="certificate-code">{c.verificationCode}</span></Descriptions.Item>
        <Descriptions.Item label="姓名">{c.holderName}</Descriptions.Item>
        <Descriptions.Item label="学时"><HoursFigure hours={c.totalHours} testId="certificate-hours" /></Descriptions.Item>
        <Descriptions.Item label="发证日期">{formatDay(c.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label="发证单位">{c.issuer}</Descriptions.Item>
      </Descriptions>
      {c.programs.length > 1 && <ProgramHours programs={c.programs} />}
      {isVoid && (
        <Typography.Paragraph className="certificate-summary__void" data-testid="certificate-void-note">
          {c.voidedAt ? `已于${formatChinaDate(c.voidedAt)}作废` : '已作废'}
          {/* A void certificate with a successor was replaced after the holder's data was corrected (证书防伪). */}
          {c.supersededById && '：个人信息修改后已重新生成证书'}
          {replacement && (
            <>
              ，请使用新证书{' '}
              <Link to={verificationPath(replacement.serial, replacement.verificationCode)} className="certificate-serial"
                data-testid="certificate-replacement">
                {replacement.serial}
              </Link>
            </>
          )}
          。
        </Typography.Paragraph>
      )}
      <div className="certificate-summary__actions">
        {!isVoid && <DownloadButton certificate={c} block />}
        <Link to={verificationPath(c.serial, c.verificationCode)} data-testid="certificate-verify-link">
          查看证书验证页面<span className="visually-hidden">（{c.serial}）</span>
        </Link>
      </div>
    </div>
  );
}
