import { useState } from 'react';
import { App, Button } from 'antd';
import { toProblem } from '../../../shared/problem/problem';
import { certificatesApi } from '../certificatesApi';

/** 下载证书: the PDF with the full data, fetched with the teacher's sign-in and saved as 电子学习证书-{serial}.pdf. */
export function DownloadButton({ certificate, block }: { certificate: { id: string; serial: string }; block?: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await certificatesApi.download(certificate);
    } catch (error) {
      void message.error(toProblem(error).title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type="primary" block={block} loading={busy} onClick={() => void download()} data-testid="certificate-download"
      aria-label={`下载证书 ${certificate.serial}`}>
      下载证书
    </Button>
  );
}
