import { describe, expect, it } from 'vitest';
import { toProblem } from './problem';

/** The shape NSwag's ApiException has at run time. */
function apiException(status: number, response: string, headers: Record<string, string> = {}) {
  const error = new Error('An unexpected server error occurred.') as Error & Record<string, unknown>;
  Object.assign(error, { isApiException: true, status, response, headers, result: null });
  return error;
}

describe('toProblem', () => {
  it('keeps the Chinese title, code and retry delay of a thrown ProblemDetails', () => {
    const problem = toProblem({
      type: 'https://xueshi.example/problems/accounts.sms_code_too_frequent',
      title: '验证码发送过于频繁，请稍后再试',
      status: 429,
      code: 'accounts.sms_code_too_frequent',
      traceId: '00-abc',
      retryAfterSeconds: 37,
    });
    expect(problem).toMatchObject({
      status: 429,
      code: 'accounts.sms_code_too_frequent',
      title: '验证码发送过于频繁，请稍后再试',
      retryAfterSeconds: 37,
      traceId: '00-abc',
    });
  });

  it('reads a ProblemDetails out of an ApiException for a status the client did not declare', () => {
    const problem = toProblem(
      apiException(429, JSON.stringify({ status: 429, title: '请求过于频繁', code: 'rate_limited' }), { 'retry-after': '12' }),
    );
    expect(problem).toMatchObject({ status: 429, code: 'rate_limited', title: '请求过于频繁', retryAfterSeconds: 12 });
  });

  it('still gives a Chinese message when the error body is not JSON', () => {
    const problem = toProblem(apiException(502, '<html>Bad Gateway</html>'));
    expect(problem.status).toBe(502);
    expect(problem.title).toBe('服务器开小差了，请稍后重试');
  });

  it('reports a network failure as such', () => {
    const problem = toProblem(new TypeError('Failed to fetch'));
    expect(problem).toMatchObject({ status: 0, code: 'network_error', title: '无法连接服务器，请检查网络后重试' });
  });

  it('keeps validation errors by field', () => {
    const problem = toProblem({
      status: 400,
      title: '请求参数有误',
      code: 'validation_failed',
      errors: { phone: ['手机号格式不正确'], nickname: ['昵称不能为空', '昵称过长'] },
    });
    expect(problem.errors).toEqual({ phone: ['手机号格式不正确'], nickname: ['昵称不能为空', '昵称过长'] });
  });
});
