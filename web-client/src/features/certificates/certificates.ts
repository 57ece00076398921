// What the certificate pages make of the API's answers: words for states, the verification link,
// the download's name, and the refusals said in the teacher's (or the visitor's) words.
import type { CertificateStatus, CertificateView, ConditionView, ProblemDetails, SchemeKind } from '../../api/xueshi-client';
import { toProblem } from '../../shared/problem/problem';

export const PREVIEW_CHANGED = 'certificates.preview_changed';
export const NOT_ELIGIBLE = 'certificates.not_eligible';
export const ALREADY_CLAIMED = 'certificates.already_claimed';
export const VERIFICATION_FAILED = 'certificates.verification_failed';
export const CERTIFICATE_VOID = 'certificates.void';

export const STATUS_LABELS: Record<CertificateStatus, string> = { valid: '有效', void: '已作废' };

export const KIND_LABELS: Record<SchemeKind, string> = { program: '专题证书', training: '研修证书' };

/** The name the browser saves the PDF under, as the server names it. */
export function certificateFileName(serial: string): string {
  return `电子学习证书-${serial}.pdf`;
}

/** The public page that says whether a certificate is genuine: the address the PDF's QR code opens. */
export function verificationPath(serial: string, code: string): string {
  return `/verify?${new URLSearchParams({ serial, code }).toString()}`;
}

/** What a serial or code looks like typed by hand: spaces around it do not count (the server ignores case, spaces and dashes). */
export function normalizeInput(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/**
 * The unmet conditions a 409 certificates.not_eligible carries (the preview or the claim refused
 * because something changed since the status was read). Empty for any other error.
 */
export function unmetConditionsOf(error: unknown): ConditionView[] {
  let body: unknown = error;
  if (typeof error === 'object' && error !== null && (error as { isApiException?: unknown }).isApiException === true) {
    try {
      body = JSON.parse(String((error as { response?: unknown }).response ?? ''));
    } catch {
      return [];
    }
  }
  const list: unknown = typeof body === 'object' && body !== null ? (body as ProblemDetails).unmetConditions : undefined;
  if (!Array.isArray(list)) return [];
  return list
    .filter((c): c is ConditionView => typeof c === 'object' && c !== null && typeof c.code === 'string' && typeof c.message === 'string')
    .map((c) => ({ code: c.code, message: c.message }));
}

/** What the verification page says when no certificate can be shown: a mismatch, too many attempts, or anything else. */
export function verificationFailure(error: unknown): { kind: 'notFound' | 'tooMany' | 'other'; message: string } {
  const problem = toProblem(error);
  if (problem.code === VERIFICATION_FAILED || problem.status === 404) {
    return { kind: 'notFound', message: problem.title || '未找到与该证书编号和验证码相符的证书，请核对后重试。' };
  }
  if (problem.status === 429) {
    const wait = problem.retryAfterSeconds;
    return { kind: 'tooMany', message: wait ? `验证次数过多，请 ${wait} 秒后再试。` : '验证次数过多，请稍后再试。' };
  }
  return { kind: 'other', message: problem.title };
}

/** The certificate that replaced a void one, when the list holds it. */
export function replacementOf(certificate: CertificateView, all: CertificateView[]): CertificateView | undefined {
  return certificate.supersededById ? all.find((c) => c.id === certificate.supersededById) : undefined;
}
