// The learning clients (playback, quiz, progress, media links), built on the same authenticated
// fetch as every other client. Shared: the player (features/learning) and the course outline
// (features/programs) both read a program's progress.
import { useQuery } from '@tanstack/react-query';
import { MediaClient, PlaybackClient, ProgressClient, QuizzesClient } from '../../api/xueshi-client';
import type { SendHeartbeat, SubmitQuizAttempt } from '../../api/xueshi-client';
import { authFetch } from '../api/api';

const http = { fetch: authFetch.fetch };
let clients: { playback: PlaybackClient; progress: ProgressClient; quizzes: QuizzesClient; media: MediaClient } | undefined;
function get() {
  return (clients ??= {
    playback: new PlaybackClient('', http),
    progress: new ProgressClient('', http),
    quizzes: new QuizzesClient('', http),
    media: new MediaClient('', http),
  });
}

/** Every rate an HTML5 video can play; the server answers with those the program allows. */
export const CLIENT_PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 2, 2.5, 3];

export const learningApi = {
  startPlayback: (programId: string, resourceId: string) =>
    get().playback.startPlayback(programId, resourceId, { clientPlaybackRates: CLIENT_PLAYBACK_RATES }),
  sendHeartbeat: (playbackId: string, body: SendHeartbeat) => get().playback.sendHeartbeat(playbackId, body),
  getQuiz: (playbackId: string) => get().quizzes.getQuiz(playbackId),
  submitQuizAttempt: (playbackId: string, body: SubmitQuizAttempt) => get().quizzes.submitQuizAttempt(playbackId, body),
  getProgramProgress: (programId: string) => get().progress.getProgramProgress(programId),
  mediaLink: (mediaId: string) => get().media.createMediaLink(mediaId),
};

export const progressKeys = {
  program: (programId: string) => ['programs', programId, 'progress'] as const,
};

/** My progress in a program: per course and resource, with 已学习 and the reasons a resource is not complete. */
export function useProgramProgress(programId: string, enabled = true) {
  return useQuery({
    queryKey: progressKeys.program(programId),
    queryFn: () => learningApi.getProgramProgress(programId),
    enabled,
  });
}
