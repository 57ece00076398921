import { useEffect, useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Modal, Skeleton, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { AdminTrainingResponse } from '../../../api/xueshi-client';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { toProblem } from '../../../shared/problem/problem';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import { adminApi, trainingKeys, useTrainings } from '../adminApi';
import { changeProblemMessages, isStale } from '../concurrency';

interface Values {
  title: string;
  description?: string;
}

/** 新建研修 / 编辑研修: the title and the landing page's text; an edit sends the revision it read as If-Match. */
function TrainingFormModal({ open, training, onClose }: { open: boolean; training?: AdminTrainingResponse; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!open) return;
    setAlert([]);
    form.resetFields();
    form.setFieldsValue(training ? { title: training.title, description: training.description } : {});
  }, [open, training, form]);

  const save = async () => {
    const values = await form.validateFields();
    const body = { title: values.title, description: values.description ?? '' };
    setSaving(true);
    try {
      if (training) await adminApi.editTraining(training.id, training.revision, body);
      else await adminApi.createTraining(body);
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      onClose();
    } catch (error) {
      const problem = toProblem(error);
      if (isStale(problem)) {
        setAlert(changeProblemMessages(problem));
        await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      } else {
        const feedback = problemToFormFeedback(problem, ['title', 'description'] as const);
        form.setFields(feedback.fields);
        setAlert(feedback.alert ? [feedback.alert] : []);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={training ? '编辑研修' : '新建研修'} onCancel={onClose} onOk={() => void save()} okText="保存" cancelText="取消"
      confirmLoading={saving} destroyOnHidden>
      {alert.length > 0 && <Alert type="error" showIcon message={alert.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="training">
        <Form.Item name="title" label="研修名称"
          rules={[{ required: true, message: '请填写研修名称' }, { min: 2, max: 100, message: '研修名称为2-100个字' }]}>
          <Input maxLength={100} placeholder="如：2023年寒假教师研修" />
        </Form.Item>
        <Form.Item name="description" label="研修介绍">
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 研修管理: the trainings that group programs (one per audience), listed with 新建 and 编辑. */
export function TrainingsPage() {
  const trainings = useTrainings();
  const [editing, setEditing] = useState<{ training?: AdminTrainingResponse } | null>(null);
  return (
    <AppLayout title="研修管理" back="/admin/catalog" wide>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing({})}>新建研修</Button>
      </Space>
      {trainings.isPending && <Skeleton active />}
      {trainings.isError && <Alert type="error" showIcon message={toProblem(trainings.error).title} />}
      {trainings.data && trainings.data.length === 0 && <Empty description="还没有研修" />}
      {trainings.data?.map((t) => (
        <Card key={t.id} size="small" className="console-card" data-testid="admin-training" title={t.title}
          extra={<Button size="small" onClick={() => setEditing({ training: t })}>编辑研修</Button>}>
          {t.description && <Typography.Paragraph ellipsis={{ rows: 2 }}>{t.description}</Typography.Paragraph>}
          <Typography.Text type="secondary">{t.programIds.length} 个专题</Typography.Text>
        </Card>
      ))}
      <TrainingFormModal open={editing !== null} training={editing?.training} onClose={() => setEditing(null)} />
    </AppLayout>
  );
}
