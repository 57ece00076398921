import { Tag, Typography } from 'antd';
import type { ProfileVerification } from '../../api/xueshi-client';
import { VERIFICATION_LABELS } from './profileFields';

/** 未提交 / 待审核 / 认证通过 / 认证未通过, with the school admin's reason when refused. */
export function VerificationBadge({ verification }: { verification: ProfileVerification }) {
  const label = VERIFICATION_LABELS[verification.status] ?? { text: verification.status, color: 'default' };
  return (
    <span className="verification-badge" data-testid="verification-status">
      <Tag color={label.color}>{label.text}</Tag>
      {verification.status === 'rejected' && verification.reason && (
        <Typography.Text type="danger">原因：{verification.reason}</Typography.Text>
      )}
    </span>
  );
}
