import { useState } from 'react';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { toProblem } from '../../../shared/problem/problem';
import { uploadMedia } from '../upload';
import { coverFileProblem } from '../cover';
import { useAdminMediaLink } from '../adminApi';

interface Props {
  /** Given by Form.Item: the input the label points at. */
  id?: string;
  value?: string;
  onChange?: (mediaId: string | undefined) => void;
  /** So the dialog can hold 保存 while an upload runs. */
  onUploading?: (uploading: boolean) => void;
}

/** 封面: a PNG or JPEG uploaded with its progress, previewed through its signed link. */
export function CoverField({ id, value, onChange, onUploading }: Props) {
  const [upload, setUpload] = useState<{ percent: number; error?: string } | null>(null);
  const link = useAdminMediaLink(value);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const problem = coverFileProblem(file);
    if (problem) {
      setUpload({ percent: 0, error: problem });
      return;
    }
    setUpload({ percent: 0 });
    onUploading?.(true);
    try {
      const media = await uploadMedia('images', file, (percent) => setUpload({ percent }));
      onChange?.(media.id);
      setUpload({ percent: 100 });
    } catch (error) {
      setUpload({ percent: 0, error: toProblem(error).title });
    } finally {
      onUploading?.(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <input id={id} type="file" accept="image/png,image/jpeg" onChange={(e) => void pick(e.target.files?.[0])} />
      {upload && !upload.error && <Progress percent={upload.percent} status={upload.percent === 100 ? 'success' : 'active'} aria-label="封面上传进度" />}
      {upload?.error && <Alert type="error" showIcon message={upload.error} />}
      {value && link.data && (
        <img src={link.data.url} alt="专题封面预览" data-testid="cover-preview"
          style={{ maxWidth: '100%', width: 320, aspectRatio: '16 / 9', objectFit: 'cover', borderRadius: 4 }} />
      )}
      {value && link.isError && <Typography.Text type="secondary">封面预览暂不可用</Typography.Text>}
      {value && (
        <Button size="small" onClick={() => { setUpload(null); onChange?.(undefined); }}>移除封面</Button>
      )}
    </Space>
  );
}
