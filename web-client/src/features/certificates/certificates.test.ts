import { describe, expect, it } from 'vitest';
import { ApiException } from '../../api/xueshi-client';
import { certificateFileName, replacementOf, unmetConditionsOf, verificationFailure, verificationPath } from './certificates';
import { certificate, replacement, voided } from './fixtures';

describe('certificates', () => {
  it('names the download and links the public page as the QR code does', () => {
    expect(certificateFileName('XS-1')).toBe('电子学习证书-XS-1.pdf');
    expect(verificationPath('XS-7K3M-9Q2P', 'K7 Q2')).toBe('/verify?serial=XS-7K3M-9Q2P&code=K7+Q2');
  });

  it('reads the unmet conditions of a not_eligible refusal, thrown parsed or as an ApiException', () => {
    const body = { status: 409, code: 'certificates.not_eligible', title: '暂不能领取证书', unmetConditions: [{ code: 'c', message: '未审核' }, { bad: 1 }] };
    expect(unmetConditionsOf(body)).toEqual([{ code: 'c', message: '未审核' }]);
    expect(unmetConditionsOf(new ApiException('x', 409, JSON.stringify(body), {}, null))).toEqual([{ code: 'c', message: '未审核' }]);
    expect(unmetConditionsOf(new ApiException('x', 502, '<html>', {}, null))).toEqual([]);
    expect(unmetConditionsOf(new TypeError('offline'))).toEqual([]);
  });

  it('tells a mismatch from too many attempts', () => {
    expect(verificationFailure({ status: 404, code: 'certificates.verification_failed', title: '未找到与该证书编号和验证码相符的证书' }))
      .toEqual({ kind: 'notFound', message: '未找到与该证书编号和验证码相符的证书' });
    expect(verificationFailure({ status: 429, code: 'rate_limited', title: '操作太频繁', retryAfterSeconds: 42 }))
      .toEqual({ kind: 'tooMany', message: '验证次数过多，请 42 秒后再试。' });
    expect(verificationFailure(new TypeError('offline')).kind).toBe('other');
  });

  it('finds the certificate that replaced a void one', () => {
    expect(replacementOf(voided, [replacement, voided])).toBe(replacement);
    expect(replacementOf(certificate, [replacement, certificate])).toBeUndefined();
  });
});
