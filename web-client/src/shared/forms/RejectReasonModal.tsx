import { useEffect, useState } from 'react';
import { Form, Input, Modal } from 'antd';

interface Props {
  open: boolean;
  title: string;
  /** Shown above the reason, e.g. how many teachers are refused. */
  description?: string;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** 审核不通过 always says why: the teacher reads the reason on 个人信息. */
export function RejectReasonModal({ open, title, description, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async () => {
    let reason: string;
    try {
      reason = (await form.validateFields()).reason.trim();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await onSubmit(reason);
      onClose();
    } catch {
      // The caller has shown the error; the modal stays open to try again.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={title} okText="确定" cancelText="取消" okButtonProps={{ danger: true }} onOk={() => void submit()} onCancel={onClose} confirmLoading={saving} forceRender>
      {description && <p>{description}</p>}
      <Form form={form} layout="vertical" name="reject-reason">
        <Form.Item name="reason" label="原因" rules={[{ required: true, whitespace: true, message: '请填写原因' }, { max: 200, message: '原因最多 200 个字' }]}>
          <Input.TextArea placeholder="如：所在学校不符、姓名与证件不一致" maxLength={200} showCount autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
