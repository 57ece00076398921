import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { AddSchool } from '../../api/xueshi-client';
import { problemToFormFeedback } from '../problem/formFeedback';
import { toProblem } from '../problem/problem';
import { SCHOOL_SYSTEMS } from './schoolSystems';
import { FormSelect } from '../forms/FormSelect';

interface Props {
  open: boolean;
  title: string;
  initial?: Partial<AddSchool>;
  onSubmit: (input: AddSchool) => Promise<unknown>;
  onClose: () => void;
}

const FIELDS = ['name', 'schoolSystem'] as const;
const CODE_FIELDS = { 'accounts.school_name_taken': 'name' } as const;

/** 新增学校 / 修正学校信息: the name and 学制. */
export function SchoolFormModal({ open, title, initial, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<AddSchool>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial ?? {});
      setAlert(null);
    }
    // Only on opening: `initial` is a new object on every render of the parent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form]);

  const submit = async () => {
    let values: AddSchool;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await onSubmit({ name: values.name.trim(), schoolSystem: values.schoolSystem });
      onClose();
    } catch (error) {
      const feedback = problemToFormFeedback(toProblem(error), FIELDS, CODE_FIELDS);
      form.setFields(feedback.fields);
      setAlert(feedback.alert);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={title} okText="保存" cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={saving} forceRender>
      {alert && <Alert className="form-alert" type="error" showIcon message={alert} />}
      <Form form={form} layout="vertical" name="school-form">
        <Form.Item name="name" label="学校名称" rules={[{ required: true, whitespace: true, message: '请输入学校名称' }, { max: 100, message: '学校名称最多 100 个字' }]}>
          <Input placeholder="学校全称" maxLength={100} />
        </Form.Item>
        <Form.Item name="schoolSystem" label="学制" rules={[{ required: true, message: '请选择学制' }]}>
          <FormSelect placeholder="请选择学制" options={SCHOOL_SYSTEMS} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
