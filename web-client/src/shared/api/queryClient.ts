import { QueryClient } from '@tanstack/react-query';
import { toProblem } from '../problem/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; a dropped connection or a 5xx might.
        retry: (failureCount, error) => {
          const { status } = toProblem(error);
          return failureCount < 2 && (status === 0 || status >= 500);
        },
        staleTime: 30_000,
      },
    },
  });
}
