import { Result } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';

/** The player's route, reserved: the player comes with the Learning progress issue. */
export function ResourcePlaceholderPage() {
  const { id = '', courseId = '' } = useParams();
  return (
    <AppLayout title="学习" back={`/programs/${id}/courses/${courseId}`}>
      <Result status="info" title="播放器即将上线" extra={<Link to={`/programs/${id}/courses/${courseId}`}>返回课程</Link>} />
    </AppLayout>
  );
}
