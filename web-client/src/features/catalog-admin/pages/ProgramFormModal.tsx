import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountIdentity, AdminProgramResponse, CreateProgram, ProgramProfileField, QuizCompletion, SchoolSystem } from '../../../api/xueshi-client';
import { api } from '../../../shared/api/api';
import { SCHOOL_SYSTEMS } from '../../../shared/directory/schoolSystems';
import { toProblem } from '../../../shared/problem/problem';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { AUDIENCE_LABELS, IDENTITY_OPTIONS, PROFILE_FIELD_OPTIONS } from '../labels';
import { changeProblemMessages, isStale } from '../concurrency';
import { useTrainings } from '../adminApi';
import { CoverField } from './CoverField';

interface Values {
  title: string;
  description?: string;
  audience: CreateProgram['audience'];
  startsOn: string;
  endsOn: string;
  certificateDate?: string;
  trainingId?: string;
  coverMediaId?: string;
  admitted?: string[];
  refusalMessage?: string;
  redirectProgramId?: string;
  admittedIdentities?: string[];
  requiredProfileFields?: string[];
  supportPhone?: string;
  supportHours?: string;
  supportQq?: string;
  maxPlaybackRate?: number;
  quizCompletion?: QuizCompletion;
}

/** 最高播放速度: the rates the player offers, 1× to 3× (the server accepts 1 to 3). */
const MAX_RATE_OPTIONS = [1, 1.25, 1.5, 2, 2.5, 3].map((r) => ({ value: r, label: `${r}×` }));
const QUIZ_COMPLETION_OPTIONS: { value: QuizCompletion; label: string }[] = [
  { value: 'allAnswered', label: '答完即可' },
  { value: 'allCorrect', label: '须全部答对' },
];
const DEFAULT_STUDY = { maxPlaybackRate: 2, quizCompletion: 'allAnswered' as QuizCompletion };

const FIELDS = ['title', 'description', 'audience', 'startsOn', 'endsOn', 'certificateDate'] as const;

function toValues(p: AdminProgramResponse): Values {
  return {
    title: p.title,
    description: p.description,
    audience: p.audience,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    certificateDate: p.certificateDate ?? undefined,
    trainingId: p.trainingId ?? undefined,
    coverMediaId: p.coverMediaId ?? undefined,
    admitted: p.schoolSystems.admitted,
    refusalMessage: p.schoolSystems.refusalMessage ?? undefined,
    redirectProgramId: p.schoolSystems.redirectProgramId ?? undefined,
    admittedIdentities: p.admittedIdentities,
    requiredProfileFields: p.requiredProfileFields,
    supportPhone: p.support.phone ?? undefined,
    supportHours: p.support.hours ?? undefined,
    supportQq: p.support.qqGroup ?? undefined,
    maxPlaybackRate: p.study.maxPlaybackRate,
    quizCompletion: p.study.quizCompletion,
  };
}

function toBody(v: Values): CreateProgram {
  const blank = (s?: string) => (s && s.trim() ? s.trim() : undefined);
  return {
    title: v.title,
    description: v.description ?? '',
    audience: v.audience,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    certificateDate: blank(v.certificateDate),
    trainingId: v.trainingId,
    coverMediaId: v.coverMediaId,
    schoolSystems: {
      admitted: (v.admitted ?? []) as SchoolSystem[],
      refusalMessage: blank(v.refusalMessage),
      redirectProgramId: v.redirectProgramId,
    },
    admittedIdentities: (v.admittedIdentities ?? ['teacher']) as AccountIdentity[],
    requiredProfileFields: (v.requiredProfileFields ?? []) as ProgramProfileField[],
    support: { phone: blank(v.supportPhone), hours: blank(v.supportHours), qqGroup: blank(v.supportQq) },
    study: {
      maxPlaybackRate: v.maxPlaybackRate ?? DEFAULT_STUDY.maxPlaybackRate,
      quizCompletion: v.quizCompletion ?? DEFAULT_STUDY.quizCompletion,
    },
  };
}

interface Props {
  open: boolean;
  /** The program to edit; none creates a draft. */
  program?: AdminProgramResponse;
  onClose: () => void;
  onSaved: (program: AdminProgramResponse) => void;
}

/** 新建专题 / 编辑专题: every field of the program, checked by the server field by field. */
export function ProgramFormModal({ open, program, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const trainings = useTrainings(open);
  const queryClient = useQueryClient();
  const others = useQuery({
    queryKey: ['admin-programs', 'redirect-targets'],
    queryFn: () => api.listAdminPrograms({ pageSize: 100 }),
    enabled: open,
  });

  useEffect(() => {
    if (!open) return;
    setAlert([]);
    form.resetFields();
    form.setFieldsValue(program ? toValues(program) : { audience: 'basicEducation', admittedIdentities: ['teacher'], ...DEFAULT_STUDY });
  }, [open, program, form]);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const saved = program ? await api.editProgram(program.id, program.revision, toBody(values)) : await api.createProgram(toBody(values));
      await queryClient.invalidateQueries({ queryKey: ['admin-programs'] });
      queryClient.setQueryData(['admin-program', saved.id], saved);
      onSaved(saved);
      onClose();
    } catch (error) {
      const problem = toProblem(error);
      if (isStale(problem)) {
        setAlert(changeProblemMessages(problem));
        await queryClient.invalidateQueries({ queryKey: ['admin-program', program?.id] });
      } else {
        const feedback = problemToFormFeedback(problem, FIELDS);
        form.setFields(feedback.fields);
        setAlert(feedback.alert ? [feedback.alert] : []);
      }
    } finally {
      setSaving(false);
    }
  };

  const required = (label: string) => [{ required: true, message: `请填写${label}` }];
  return (
    <Modal open={open} title={program ? '编辑专题' : '新建专题'} onCancel={onClose} onOk={() => void save()} okText="保存" cancelText="取消"
      confirmLoading={saving} okButtonProps={{ disabled: uploading }} destroyOnHidden width={640}>
      {alert.length > 0 && <Alert type="error" showIcon message={alert.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="program">
        <Form.Item name="title" label="专题名称" rules={[...required('专题名称'), { max: 100, message: '最多100个字' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label="专题介绍">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="coverMediaId" label="封面（PNG 或 JPEG）">
          <CoverField onUploading={setUploading} />
        </Form.Item>
        <Form.Item name="trainingId" label="所属研修">
          <Select allowClear placeholder="不属于任何研修" loading={trainings.isPending}
            options={(trainings.data ?? []).map((t) => ({ value: t.id, label: t.title }))} />
        </Form.Item>
        <Form.Item name="audience" label="面向对象" rules={required('面向对象')}>
          <FormSelect options={Object.entries(AUDIENCE_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="startsOn" label="学习开始日期" rules={required('学习开始日期')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endsOn" label="学习结束日期" rules={required('学习结束日期')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="certificateDate" label="证书发放日期">
          <Input type="date" />
        </Form.Item>
        <Form.Item name="admitted" label="可报名学制（不选则不限）">
          <Select mode="multiple" options={SCHOOL_SYSTEMS} allowClear />
        </Form.Item>
        <Form.Item name="refusalMessage" label="学制不符时的提示">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="redirectProgramId" label="引导前往的专题">
          <Select allowClear
            options={(others.data?.items ?? []).filter((p) => p.id !== program?.id).map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
        <Form.Item name="admittedIdentities" label="可报名身份">
          <Checkbox.Group options={IDENTITY_OPTIONS} />
        </Form.Item>
        <Form.Item name="requiredProfileFields" label="报名时须填写">
          <Checkbox.Group options={PROFILE_FIELD_OPTIONS} />
        </Form.Item>
        <Form.Item name="maxPlaybackRate" label="最高播放速度" extra="学员可选的倍速不超过此值；超过的播放不计入观看">
          <FormSelect options={MAX_RATE_OPTIONS} />
        </Form.Item>
        <Form.Item name="quizCompletion" label="测试题完成规则">
          <Radio.Group options={QUIZ_COMPLETION_OPTIONS} />
        </Form.Item>
        <Form.Item name="supportPhone" label="技术支持电话">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="supportHours" label="服务时间">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="supportQq" label="QQ群">
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
