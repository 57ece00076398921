// The teacher's credit client (查看学习进度), built on the same authenticated fetch as every other client.
import { useQuery } from '@tanstack/react-query';
import { CreditClient } from '../../api/xueshi-client';
import { authFetch } from '../../shared/api/api';

let client: CreditClient | undefined;
const get = () => (client ??= new CreditClient('', { fetch: authFetch.fetch }));

export const progressApi = {
  getMyProgramCredit: (programId: string) => get().getMyProgramCredit(programId),
};

/** Under ['programs', id] so whatever refreshes the program (the player's progress, an enrollment) refreshes this too. */
export const creditKeys = {
  program: (programId: string) => ['programs', programId, 'credit'] as const,
};

export function useMyProgramCredit(programId: string) {
  return useQuery({
    queryKey: creditKeys.program(programId),
    queryFn: () => progressApi.getMyProgramCredit(programId),
    // Study happens in another tab or on the phone: coming back to the page shows the new figures.
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}
