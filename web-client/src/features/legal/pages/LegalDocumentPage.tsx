import { useQuery } from '@tanstack/react-query';
import { Alert, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { LegalDocumentKind } from '../../../api/xueshi-client';
import { api } from '../../../shared/api/api';
import { AuthLayout } from '../../../shared/layout/AuthLayout';

const titles: Record<LegalDocumentKind, string> = { userAgreement: '用户协议', privacyPolicy: '隐私政策' };

/** 用户协议 or 隐私政策, the current version, readable before signing in and on a phone. */
export function LegalDocumentPage({ kind }: { kind: LegalDocumentKind }) {
  const document = useQuery({ queryKey: ['legal-documents', kind], queryFn: () => api.getLegalDocument(kind) });
  const data = document.data;
  return (
    <AuthLayout title={data?.title ?? titles[kind]} footer={<Link to="/">返回首页</Link>}>
      {document.isPending && <Spin />}
      {document.isError && <Alert type="error" showIcon message="文档加载失败，请稍后重试" />}
      {data && (
        <article className="legal-document">
          <Typography.Paragraph type="secondary">
            第 {data.version} 版 · {new Date(data.publishedAt).toLocaleDateString('zh-CN')} 发布
          </Typography.Paragraph>
          {data.text
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line.length > 0)
            .map((line, i) => (
              <Typography.Paragraph key={i}>{line}</Typography.Paragraph>
            ))}
        </article>
      )}
    </AuthLayout>
  );
}

export function UserAgreementPage() {
  return <LegalDocumentPage kind="userAgreement" />;
}

export function PrivacyPolicyPage() {
  return <LegalDocumentPage kind="privacyPolicy" />;
}
