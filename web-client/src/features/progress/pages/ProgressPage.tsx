import { Alert, Button, Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { CreditStatementView } from '../../../shared/credit/CreditStatementView';
import { toProblem } from '../../../shared/problem/problem';
import { useMyProgramCredit } from '../progressApi';

const resourcePath = (programId: string) => (courseId: string, resourceId: string) =>
  `/programs/${programId}/courses/${courseId}/resources/${resourceId}`;

/** 查看学习进度: 已学习, 已认定 and 认定学时 for the program and each course, and why hours are not counted. */
export function ProgressPage() {
  const { id = '' } = useParams();
  const credit = useMyProgramCredit(id);
  const view = credit.data;
  return (
    <AppLayout title={view ? `学习进度 · ${view.title}` : '学习进度'} back={`/programs/${id}`}>
      {credit.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {credit.isError && (
        <Alert type="error" showIcon message={toProblem(credit.error).title}
          action={<Button size="small" onClick={() => void credit.refetch()}>重试</Button>} />
      )}
      {view && <CreditStatementView view={view} resourceLink={resourcePath(id)} />}
    </AppLayout>
  );
}
