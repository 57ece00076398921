import type { MediaResponse } from '../../api/xueshi-client';
import { tokenStore } from '../../shared/session/session';
import { toProblem } from '../../shared/problem/problem';

export type UploadKind = 'videos' | 'documents' | 'images';

/**
 * Uploads one file to the media store with its progress: fetch cannot report upload progress, so
 * this is the one request the SPA makes with XMLHttpRequest. The answer is the generated
 * MediaResponse (the duration is what ffprobe measured on the server); a refusal rejects with the
 * ProblemDetails as toProblem reads it.
 */
export function uploadMedia(kind: UploadKind, file: File, onProgress: (percent: number) => void): Promise<MediaResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/media/${kind}`);
    const token = tokenStore.get()?.accessToken;
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        onProgress(100);
        resolve(JSON.parse(xhr.responseText) as MediaResponse);
      } else {
        reject(toProblem({ isApiException: true, status: xhr.status, response: xhr.responseText }));
      }
    };
    xhr.onerror = () => reject(toProblem(new TypeError('network')));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
