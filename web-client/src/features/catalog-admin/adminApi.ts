// The console's trainings (研修) and signed media links. Built here, beside the only pages that use
// them, on the same authenticated fetch as every other client (src/shared/api/api.ts).
import { useQuery } from '@tanstack/react-query';
import { CatalogAdminClient, MediaClient } from '../../api/xueshi-client';
import type { AdminTrainingResponse, CreateTraining, EditTraining } from '../../api/xueshi-client';
import { authFetch } from '../../shared/api/api';
import { etagOf } from './concurrency';

const http = { fetch: authFetch.fetch };
let clients: { admin: CatalogAdminClient; media: MediaClient } | undefined;
function get() {
  return (clients ??= { admin: new CatalogAdminClient('', http), media: new MediaClient('', http) });
}

export const adminApi = {
  listTrainings: () => get().admin.listAdminTrainings(),
  createTraining: (body: CreateTraining) => get().admin.createTraining(body),
  editTraining: (id: string, revision: number, body: EditTraining): Promise<AdminTrainingResponse> =>
    get().admin.editTraining(id, body, etagOf(revision)),
  createMediaLink: (mediaId: string) => get().media.createMediaLink(mediaId),
};

export const trainingKeys = { all: ['admin-trainings'] as const };

export function useTrainings(enabled = true) {
  return useQuery({ queryKey: trainingKeys.all, queryFn: () => adminApi.listTrainings(), enabled });
}

/**
 * The signed link to an uploaded file (an <img> cannot send the Authorization header). Links expire,
 * so it is refetched well before: staleTime is short and the query is keyed by the media id.
 */
export function useAdminMediaLink(mediaId: string | undefined) {
  return useQuery({
    queryKey: ['admin-media-link', mediaId],
    queryFn: () => adminApi.createMediaLink(mediaId!),
    enabled: !!mediaId,
    staleTime: 60_000,
  });
}
