// The certificates client (电子学习证书), built here beside the only pages that use it. The teacher's calls
// go through the authenticated fetch every client uses; the public verification page uses the plain
// fetch: it must work for a visitor who has never signed in (a school checking a printed certificate).
import { useQuery } from '@tanstack/react-query';
import { CertificatesClient } from '../../api/xueshi-client';
import { authFetch } from '../../shared/api/api';
import { certificateFileName } from './certificates';

let clients: { teacher: CertificatesClient; anonymous: CertificatesClient } | undefined;
function get() {
  return (clients ??= {
    teacher: new CertificatesClient('', { fetch: authFetch.fetch }),
    // Looked up at call time, so tests can stub the global fetch.
    anonymous: new CertificatesClient('', { fetch: (url, init) => globalThis.fetch(url, init) }),
  });
}

/** Hands the Blob to the browser as a download named 电子学习证书-{serial}.pdf. */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const certificatesApi = {
  getStatus: (programId: string) => get().teacher.getCertificateStatus(programId),
  preview: (programId: string) => get().teacher.previewCertificate(programId),
  claim: (programId: string, previewDigest: string) => get().teacher.claimCertificate(programId, { previewDigest }),
  listMine: () => get().teacher.listMyCertificates(),
  verify: (serial: string, code: string) => get().anonymous.verifyCertificate(serial, code),
  async download(certificate: { id: string; serial: string }): Promise<void> {
    const file = await get().teacher.downloadCertificate(certificate.id);
    saveBlob(file.data, certificateFileName(certificate.serial));
  },
};

/** Under ['programs', id] so whatever refreshes the program (new progress, an enrollment) refreshes its certificate too. */
export const certificateKeys = {
  status: (programId: string) => ['programs', programId, 'certificate'] as const,
  preview: (programId: string) => ['programs', programId, 'certificate', 'preview'] as const,
  mine: ['me', 'certificates'] as const,
  verify: (serial: string, code: string) => ['certificates', 'verify', serial, code] as const,
};

export function useCertificateStatus(programId: string, enabled = true) {
  return useQuery({
    queryKey: certificateKeys.status(programId),
    queryFn: () => certificatesApi.getStatus(programId),
    enabled,
    // Study, the school's verification and the reissue after a correction happen elsewhere.
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

/** Asked afresh every time the dialog opens: the digest it carries must match the data of the moment. */
export function useCertificatePreview(programId: string, enabled: boolean) {
  return useQuery({
    queryKey: certificateKeys.preview(programId),
    queryFn: () => certificatesApi.preview(programId),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useMyCertificates() {
  return useQuery({ queryKey: certificateKeys.mine, queryFn: () => certificatesApi.listMine(), refetchOnWindowFocus: true, staleTime: 0 });
}

export function useCertificateVerification(serial: string, code: string) {
  return useQuery({
    queryKey: certificateKeys.verify(serial, code),
    queryFn: () => certificatesApi.verify(serial, code),
    enabled: serial.length > 0 && code.length > 0,
    // A refused look-up counts against the visitor's attempts: never repeat it by itself.
    retry: false,
    refetchOnWindowFocus: false,
  });
}
