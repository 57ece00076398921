import { Alert, Button, Empty, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { toProblem } from '../../../shared/problem/problem';
import { useMyCertificates } from '../certificatesApi';
import { replacementOf } from '../certificates';
import { CertificateCard } from '../components/CertificateCard';
import '../certificates.css';

/** 我的证书: every certificate claimed, newest first; void ones say so and name the one that replaced them. */
export function MyCertificatesPage() {
  const list = useMyCertificates();
  const all = list.data ?? [];
  return (
    <AppLayout title="我的证书" back="/me">
      {list.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {list.isError && (
        <Alert type="error" showIcon message={toProblem(list.error).title}
          action={<Button size="small" onClick={() => void list.refetch()}>重试</Button>} />
      )}
      {list.data && all.length === 0 && (
        <Empty className="page__card" description={<>还没有证书。完成专题学习并通过学校认证后，可在专题页面领取电子学习证书。</>}>
          <Link to="/me/programs">查看我的培训</Link>
        </Empty>
      )}
      {all.map((c) => (
        <CertificateCard key={c.id} certificate={c} replacement={replacementOf(c, all)} />
      ))}
    </AppLayout>
  );
}
