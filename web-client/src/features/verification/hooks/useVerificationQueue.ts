import { useState } from 'react';
import { App } from 'antd';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api';
import type { VerificationDecision, VerificationStatus } from '../../../api/xueshi-client';
import { summarizeDecisions } from '../decisions';
import { toProblem } from '../../../shared/problem/problem';

export type QueueTab = Extract<VerificationStatus, 'pending' | 'approved' | 'rejected'>;
export const QUEUE_TABS: { key: QueueTab; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'approved', label: '已通过' },
  { key: 'rejected', label: '未通过' },
];

export const PAGE_SIZE = 20;

const teachersKey = (schoolId: string) => ['school-teachers', schoolId] as const;

/** The school admin's queue: one tab per status with its count, search, selection and decisions. */
export function useVerificationQueue(schoolId: string | undefined) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [tab, setTabState] = useState<QueueTab>('pending');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);

  const list = useQuery({
    queryKey: [...teachersKey(schoolId ?? ''), tab, q, page],
    queryFn: () => api.listSchoolTeachers(schoolId!, { status: tab, q: q || undefined, page, pageSize: PAGE_SIZE }),
    enabled: !!schoolId,
  });

  // The counts on the tabs ignore the search, as a count of the whole queue should.
  const counts = useQueries({
    queries: QUEUE_TABS.map(({ key }) => ({
      queryKey: [...teachersKey(schoolId ?? ''), key, 'count'],
      queryFn: () => api.listSchoolTeachers(schoolId!, { status: key, page: 1, pageSize: 1 }),
      enabled: !!schoolId,
    })),
  });
  const countOf = (key: QueueTab): number | undefined => counts[QUEUE_TABS.findIndex((t) => t.key === key)]?.data?.total;

  const refresh = () => queryClient.invalidateQueries({ queryKey: teachersKey(schoolId ?? '') });

  const decide = useMutation({
    mutationFn: ({ decision, reason, ids }: { decision: VerificationDecision; reason?: string; ids: string[] }) =>
      api.decideVerifications(schoolId!, ids, decision, reason),
    onSuccess: (results, { decision }) => {
      const summary = summarizeDecisions(decision, results);
      message.open({ type: summary.type, content: summary.text });
      setSelected([]);
      void refresh();
    },
    onError: (error) => message.error(toProblem(error).title),
  });

  const remove = useMutation({
    mutationFn: (accountId: string) => api.removeTeacherFromSchool(schoolId!, accountId),
    onSuccess: () => {
      message.success('已将该教师从本校移除');
      void refresh();
    },
    onError: (error) => message.error(toProblem(error).title),
  });

  return {
    tab,
    setTab: (next: QueueTab) => {
      setTabState(next);
      setPage(1);
      setSelected([]);
    },
    q,
    search: (text: string) => {
      setQ(text.trim());
      setPage(1);
      setSelected([]);
    },
    page,
    setPage,
    list,
    countOf,
    selected,
    setSelected,
    decide: (decision: VerificationDecision, reason?: string, ids: string[] = selected) => decide.mutateAsync({ decision, reason, ids }).then(() => undefined, () => undefined),
    deciding: decide.isPending,
    remove: (accountId: string) => remove.mutateAsync(accountId).then(() => undefined, () => undefined),
  };
}
