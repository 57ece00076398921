import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import type { StudyNotice } from '../../../api/xueshi-client';
import { FIELD_LABELS, toFieldName } from '../../../shared/profile/profileFields';

/** Missing profile fields and the server's notices: told, never blocking (问题 9: study continues). */
export function StudyPrompts({ missingProfileFields, notices }: { missingProfileFields: string[]; notices: StudyNotice[] }) {
  const names = missingProfileFields.map((f) => {
    const field = toFieldName(f);
    return field ? FIELD_LABELS[field] : f;
  });
  const others = notices.filter((n) => !(names.length > 0 && n.code === 'learning.profile_incomplete'));
  return (
    <>
      {names.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="page__card"
          data-testid="missing-profile"
          message="请完善个人信息"
          description={
            <>
              本专题要求填写：{names.join('、')}。信息不完善不影响学习，但会影响学时认定。{' '}
              <Link to="/me/profile">去完善个人信息</Link>
            </>
          }
        />
      )}
      {others.map((n) => (
        <Alert key={n.code} type="info" showIcon className="page__card" message={n.message} data-testid="study-notice" />
      ))}
    </>
  );
}
