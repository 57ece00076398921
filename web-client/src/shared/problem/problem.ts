import type { ProblemDetails } from '../../api/xueshi-client';

/**
 * An RFC 9457 ProblemDetails from the API, or a stand-in for a failure that never reached it. The
 * members beyond RFC 9457 take their types from the OpenAPI document's ProblemDetails.
 */
export interface Problem {
  /** HTTP status; 0 when the server was not reached. */
  status: number;
  /** Stable machine code, e.g. "accounts.phone_taken". */
  code: string;
  /** Chinese message meant for the user. */
  title: string;
  detail?: string;
  traceId?: string;
  /** Validation errors keyed by (camelCase) field name. */
  errors?: Record<string, string[]>;
  retryAfterSeconds?: number;
  /** With accounts.profile_locked: the profile fields that cannot change after verification. */
  lockedFields?: ProblemDetails['lockedFields'];
}

export const NETWORK_ERROR_CODE = 'network_error';

function fallbackTitle(status: number): string {
  if (status === 0) return '无法连接服务器，请检查网络后重试';
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '请求的内容不存在';
  if (status === 429) return '操作太频繁，请稍后再试';
  if (status >= 500) return '服务器开小差了，请稍后重试';
  return `请求失败（${status}）`;
}

function toSeconds(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.ceil(n) : undefined;
}

function normalizeErrors(value: unknown): Record<string, string[]> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(messages)) out[key] = messages.map(String);
    else if (typeof messages === 'string') out[key] = [messages];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function fromBody(body: Record<string, unknown>, status: number, headers?: unknown): Problem {
  const bodyStatus = typeof body.status === 'number' ? body.status : status;
  const title = typeof body.title === 'string' && body.title ? body.title : fallbackTitle(bodyStatus);
  const headerRetry =
    headers && typeof headers === 'object'
      ? (headers as Record<string, unknown>)['retry-after'] ?? (headers as Record<string, unknown>)['Retry-After']
      : undefined;
  return {
    status: bodyStatus,
    code: typeof body.code === 'string' ? body.code : `http_${bodyStatus}`,
    title,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    traceId: typeof body.traceId === 'string' ? body.traceId : undefined,
    errors: normalizeErrors(body.errors),
    retryAfterSeconds: toSeconds(body.retryAfterSeconds) ?? toSeconds(headerRetry),
    lockedFields: Array.isArray(body.lockedFields) ? body.lockedFields.map(String) : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Turns whatever an API call threw into a Problem. The NSwag client throws the parsed
 * ProblemDetails for declared error responses and an ApiException (status + raw response text)
 * for undeclared ones; fetch itself throws a TypeError when the network is down.
 */
export function toProblem(error: unknown): Problem {
  if (isRecord(error)) {
    if (error.isApiException === true && typeof error.status === 'number') {
      let body: Record<string, unknown> = {};
      if (typeof error.response === 'string' && error.response) {
        try {
          const parsed: unknown = JSON.parse(error.response);
          if (isRecord(parsed)) body = parsed;
        } catch {
          // Not JSON (a proxy's HTML error page, say): the status alone has to do.
        }
      }
      return fromBody(body, error.status, error.headers);
    }
    if (typeof error.status === 'number' && (typeof error.title === 'string' || typeof error.code === 'string')) {
      return fromBody(error, error.status);
    }
  }
  if (error instanceof TypeError) {
    return { status: 0, code: NETWORK_ERROR_CODE, title: fallbackTitle(0) };
  }
  return { status: 0, code: 'unexpected_error', title: '出错了，请稍后重试' };
}
