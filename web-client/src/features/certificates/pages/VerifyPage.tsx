import { Alert, Button, Form, Input, Skeleton, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import type { CertificateVerificationView } from '../../../api/xueshi-client';
import { AuthLayout } from '../../../shared/layout/AuthLayout';
import { formatChinaDate } from '../../../shared/format/format';
import { useCertificateVerification } from '../certificatesApi';
import { normalizeInput, STATUS_LABELS, verificationFailure, verificationPath } from '../certificates';
import { CertificateDetails } from '../components/CertificateDetails';
import '../certificates.css';

interface Lookup {
  serial: string;
  code: string;
}

/** 证书编号 and 验证码 typed by hand (the QR code fills them in through the address). */
function LookupForm({ initial, busy, onSubmit }: { initial: Lookup; busy: boolean; onSubmit: (lookup: Lookup) => void }) {
  return (
    <Form<Lookup> layout="vertical" initialValues={initial} requiredMark={false} className="verify-form" name="verify"
      onFinish={(v) => onSubmit({ serial: normalizeInput(v.serial), code: normalizeInput(v.code) })}>
      <Form.Item label="证书编号" name="serial" rules={[{ required: true, whitespace: true, message: '请输入证书编号' }]}>
        <Input placeholder="如 XS-7K3M-9Q2P-4R8T-W6YZ" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
      </Form.Item>
      <Form.Item label="验证码" name="code" rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}>
        <Input placeholder="证书编号旁的验证码" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        验证
      </Button>
    </Form>
  );
}

function Verdict({ view }: { view: CertificateVerificationView }) {
  if (view.status === 'valid') {
    return (
      <Alert type="success" showIcon className="verify-verdict" data-testid="verify-verdict" data-status="valid"
        message={<span className="verify-verdict__status" data-testid="verify-status">{STATUS_LABELS.valid}</span>}
        description={`证书编号 ${view.serial} 真实有效。为保护个人信息，姓名和证件号码显示不完全。`} />
    );
  }
  const next = view.supersededBy;
  return (
    <Alert type="error" showIcon className="verify-verdict" data-testid="verify-verdict" data-status="void"
      message={<span className="verify-verdict__status" data-testid="verify-status">{STATUS_LABELS.void}</span>}
      description={
        <>
          证书编号 {view.serial} {view.voidedAt ? `已于${formatChinaDate(view.voidedAt)}作废` : '已作废'}
          {next ? (
            <>
              ，持证人的信息修改后已重新生成证书：
              <Link to={verificationPath(next.serial, next.verificationCode)} className="certificate-serial" data-testid="verify-replacement">
                查看新证书 {next.serial}
              </Link>
            </>
          ) : (
            '。'
          )}
        </>
      } />
  );
}

function Outcome({ query }: { query: UseQueryResult<CertificateVerificationView> }) {
  if (query.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (query.isError) {
    const failure = verificationFailure(query.error);
    return (
      <Alert type={failure.kind === 'tooMany' ? 'warning' : 'error'} showIcon data-testid="verify-failure" data-kind={failure.kind}
        message={failure.kind === 'notFound' ? '未找到证书' : failure.kind === 'tooMany' ? '验证次数过多' : '暂时无法验证'}
        description={failure.message} />
    );
  }
  const view = query.data;
  return (
    <>
      <Verdict view={view} />
      <CertificateDetails facts={view} />
    </>
  );
}

/**
 * 证书验证, open to anyone without signing in: the PDF's QR code opens /verify?serial=…&code=…, or the
 * serial and code are typed in. Says 有效 with the certificate's (masked) data, or 已作废 with the date and
 * a link to the certificate that replaced it, or that nothing matches.
 */
export function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const serial = normalizeInput(params.get('serial'));
  const code = normalizeInput(params.get('code'));
  const query = useCertificateVerification(serial, code);
  const asked = serial.length > 0 && code.length > 0;

  const submit = (lookup: Lookup) => {
    if (lookup.serial === serial && lookup.code === code) void query.refetch();
    else setParams({ serial: lookup.serial, code: lookup.code });
  };

  return (
    <AuthLayout title="证书验证" footer={<Link to="/">返回首页</Link>}>
      <Typography.Paragraph type="secondary">
        输入证书上的证书编号和验证码，或用手机扫描证书上的二维码，查验电子学习证书的真伪。
      </Typography.Paragraph>
      {/* A link to another certificate (the replacement of a void one) shows its serial and code in the form too. */}
      <LookupForm key={`${serial}|${code}`} initial={{ serial, code }} busy={asked && query.isFetching} onSubmit={submit} />
      {asked && (
        <section className="verify-outcome" aria-live="polite" aria-label="验证结果" data-testid="verify-outcome">
          <Outcome query={query} />
        </section>
      )}
    </AuthLayout>
  );
}
