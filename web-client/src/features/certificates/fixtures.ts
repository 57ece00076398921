// Test data in the API's own shapes (the generated client's types).
import type {
  CertificatePreviewView,
  CertificateSchemeView,
  CertificateStatusView,
  CertificateVerificationView,
  CertificateView,
} from '../../api/xueshi-client';

export const scheme: CertificateSchemeView = {
  schemeId: 'p1',
  kind: 'program',
  title: '演示专题：平台学习规则体验',
  claimableOn: '2026-11-20',
  programs: [{ programId: 'p1', title: '演示专题：平台学习规则体验', endsOn: '2027-02-25' }],
};

const programs = [{ programId: 'p1', title: '演示专题：平台学习规则体验', hours: 1, courses: [{ title: '平台学习规则入门', hours: 1 }] }];

export const preview: CertificatePreviewView = {
  scheme,
  holderName: '李**',
  idNumber: '11**************2X',
  schoolName: '演示小学',
  totalHours: 1,
  programs,
  issuedOn: '2026-11-27',
  issuer: '学时教师研修平台',
  warning: '请认真核对证书信息。一旦点击“确认正确”，证书信息将不可更改。',
  previewDigest: 'digest-1',
};

export const certificate: CertificateView = {
  id: 'c1',
  serial: 'XS-7K3M-9Q2P-4R8T-W6YZ',
  verificationCode: 'K7Q2M9',
  status: 'valid',
  schemeId: 'p1',
  kind: 'program',
  title: scheme.title,
  holderName: '李**',
  idNumber: '11**************2X',
  schoolName: '演示小学',
  totalHours: 1,
  programs,
  issuedOn: '2026-11-27',
  issuer: '学时教师研修平台',
  issuedAt: '2026-11-27T02:00:00Z',
};

export const replacement: CertificateView = {
  ...certificate,
  id: 'c2',
  serial: 'XS-NEW1-NEW2-NEW3-NEW4',
  verificationCode: 'N3WC0D',
  holderName: '王**',
  issuedAt: '2026-11-28T02:00:00Z',
};

export const voided: CertificateView = { ...certificate, status: 'void', voidedAt: '2026-11-28T02:00:00Z', supersededById: 'c2' };

export const statusUnmet: CertificateStatusView = {
  programId: 'p1',
  scheme,
  eligible: false,
  totalHours: 0,
  unmetConditions: [
    { code: 'certificates.not_verified', message: '已获得 1 学时，但个人信息尚未通过学校管理员审核，审核通过后才能领取证书。' },
    { code: 'certificates.date_not_reached', message: '证书将于 2027年3月1日（北京时间）起发放。' },
  ],
};

export const statusClaimable: CertificateStatusView = { programId: 'p1', scheme, eligible: true, totalHours: 1, unmetConditions: [] };

export const statusClaimed: CertificateStatusView = { ...statusClaimable, eligible: false, certificate };

export const verifiedValid: CertificateVerificationView = {
  status: 'valid',
  serial: certificate.serial,
  title: certificate.title,
  holderName: '李**',
  idNumber: '11**************2X',
  schoolName: '演示小学',
  totalHours: 1,
  programs,
  issuedOn: '2026-11-27',
  issuer: '学时教师研修平台',
};

export const verifiedVoid: CertificateVerificationView = {
  ...verifiedValid,
  status: 'void',
  voidedAt: '2026-11-28T02:00:00Z',
  supersededBy: { serial: replacement.serial, verificationCode: replacement.verificationCode },
};

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });

export const problem = (status: number, code: string, title: string, extra: Record<string, unknown> = {}) =>
  json(status, { status, code, title, ...extra });
