import { Alert, Button, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { toProblem } from '../../../shared/problem/problem';

/** Loading and error states of a page's main query, the same on every page of the area. */
export function QueryState({ query }: { query: UseQueryResult<unknown> }) {
  if (query.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (query.isError)
    return (
      <Alert
        type="error"
        showIcon
        message={toProblem(query.error).title}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            重试
          </Button>
        }
      />
    );
  return null;
}
