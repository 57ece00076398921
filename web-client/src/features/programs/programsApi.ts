// The catalog, enrollment and review clients. They are built here, beside the only pages that use
// them, on the same authenticated fetch as every other client (src/shared/api/api.ts), so a phone
// opening 我的 never loads them.
import { useQuery } from '@tanstack/react-query';
import { CatalogClient, EnrollmentClient, MediaClient, ReviewsClient } from '../../api/xueshi-client';
import { authFetch } from '../../shared/api/api';
import type { ProgramStatus, SaveMyReview } from '../../api/xueshi-client';

const http = { fetch: authFetch.fetch };
let clients: { catalog: CatalogClient; enrollment: EnrollmentClient; reviews: ReviewsClient; media: MediaClient } | undefined;
function get() {
  return (clients ??= {
    catalog: new CatalogClient('', http),
    enrollment: new EnrollmentClient('', http),
    reviews: new ReviewsClient('', http),
    media: new MediaClient('', http),
  });
}

export const programsApi = {
  listPrograms: (status: ProgramStatus, page = 1, pageSize = 50) => get().catalog.listPrograms(status, page, pageSize),
  getProgram: (id: string) => get().catalog.getProgram(id),
  getCoursePage: (programId: string, courseId: string) => get().catalog.getCoursePage(programId, courseId),
  getMyEnrollment: (programId: string) => get().enrollment.getMyEnrollment(programId),
  checkEnrollment: (programId: string) => get().enrollment.checkEnrollment(programId),
  enroll: (programId: string) => get().enrollment.enrollInProgram(programId),
  listMyEnrollments: () => get().enrollment.listMyEnrollments(),
  listReviews: (courseId: string, page = 1) => get().reviews.listCourseReviews(courseId, page, 20),
  saveMyReview: (courseId: string, body: SaveMyReview) => get().reviews.saveMyCourseReview(courseId, body),
  like: (courseId: string) => get().reviews.likeCourse(courseId),
  unlike: (courseId: string) => get().reviews.unlikeCourse(courseId),
  mediaLink: (mediaId: string) => get().media.createMediaLink(mediaId),
};

export const programKeys = {
  list: (status: ProgramStatus) => ['programs', 'list', status] as const,
  detail: (id: string) => ['programs', id] as const,
  myEnrollment: (id: string) => ['programs', id, 'my-enrollment'] as const,
  check: (id: string) => ['programs', id, 'enrollment-check'] as const,
  course: (programId: string, courseId: string) => ['programs', programId, 'courses', courseId] as const,
  reviews: (courseId: string) => ['courses', courseId, 'reviews'] as const,
  mine: ['me', 'enrollments'] as const,
};

export function usePrograms(status: ProgramStatus) {
  return useQuery({ queryKey: programKeys.list(status), queryFn: () => programsApi.listPrograms(status) });
}

export function useProgram(id: string) {
  return useQuery({ queryKey: programKeys.detail(id), queryFn: () => programsApi.getProgram(id) });
}

export function useMyEnrollment(id: string) {
  return useQuery({ queryKey: programKeys.myEnrollment(id), queryFn: () => programsApi.getMyEnrollment(id) });
}

export function useCoursePage(programId: string, courseId: string) {
  return useQuery({ queryKey: programKeys.course(programId, courseId), queryFn: () => programsApi.getCoursePage(programId, courseId) });
}

export function useReviews(courseId: string) {
  return useQuery({ queryKey: programKeys.reviews(courseId), queryFn: () => programsApi.listReviews(courseId) });
}

export function useMyPrograms() {
  return useQuery({ queryKey: programKeys.mine, queryFn: () => programsApi.listMyEnrollments() });
}

/** A signed link for an <img> (which cannot send the Authorization header); links expire, so it is refreshed after a minute. */
export function useMediaLink(mediaId: string | undefined) {
  return useQuery({
    queryKey: ['media-link', mediaId],
    queryFn: () => programsApi.mediaLink(mediaId!),
    enabled: !!mediaId,
    staleTime: 60_000,
  });
}
