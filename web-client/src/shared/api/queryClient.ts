import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { toProblem } from '../problem/problem';
import { meQueryKey } from './queries';

/** The server's answer to any call while the account owes consent to a newly published version. */
export const CONSENT_REQUIRED_CODE = 'accounts.consent_required';

export function createQueryClient(): QueryClient {
  // An operator may publish a new 用户协议 or 隐私政策 while someone is signed in: from then on the
  // server refuses their calls with accounts.consent_required. Asking /me again makes it say
  // consentRequired, and the route guard then takes the person to the consent page instead of
  // leaving them on a page of errors.
  const askMeAgain = (error: unknown) => {
    if (toProblem(error).code === CONSENT_REQUIRED_CODE) {
      void client.invalidateQueries({ queryKey: meQueryKey, exact: true });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: askMeAgain }),
    mutationCache: new MutationCache({ onError: askMeAgain }),
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
  return client;
}
