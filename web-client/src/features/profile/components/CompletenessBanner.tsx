import { Alert } from 'antd';
import type { MyProfileResponse } from '../../../api/xueshi-client';
import { missingFieldLabels } from '../../../shared/profile/profileFields';

export function CompletenessBanner({ completeness }: { completeness: MyProfileResponse['completeness'] }) {
  if (completeness.isComplete) return null;
  const missing = missingFieldLabels(completeness.missingFields);
  return (
    <Alert
      className="form-alert"
      type="warning"
      showIcon
      data-testid="completeness-banner"
      message="请完善个人信息后再进入学习，否则无法认定培训学时"
      description={missing.length > 0 ? `尚未填写：${missing.join('、')}` : undefined}
    />
  );
}
