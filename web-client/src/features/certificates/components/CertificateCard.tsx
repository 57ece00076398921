import type { ReactNode } from 'react';
import { Card } from 'antd';
import type { CertificateView } from '../../../api/xueshi-client';
import { CertificateSummary } from './CertificateSummary';

/** A certificate of 我的证书, in a card titled by what it certifies. */
export function CertificateCard({ certificate, replacement, heading }: {
  certificate: CertificateView;
  replacement?: Pick<CertificateView, 'serial' | 'verificationCode'>;
  /** The card's title element, a heading of the page's level; the certificate's title by default. */
  heading?: ReactNode;
}) {
  return (
    <Card size="small" className={`page__card certificate-card${certificate.status === 'void' ? ' certificate-card--void' : ''}`}
      data-testid="certificate-card" data-serial={certificate.serial} data-status={certificate.status}
      title={heading ?? <h2 className="certificate-card__title">{certificate.title}</h2>}>
      <CertificateSummary certificate={certificate} replacement={replacement} />
    </Card>
  );
}
