import { useEffect, useState } from 'react';
import { Alert, Checkbox, Input, InputNumber, Modal, Progress, Select, Space, Typography } from 'antd';
import type { AdminCourseResponse, AdminResource, EditResource, ResourceKind } from '../../../api/xueshi-client';
import { toProblem } from '../../../shared/problem/problem';
import { formatDuration, RESOURCE_KIND_LABELS } from '../labels';
import { quizProblems, type QuizDraft } from '../quiz';
import { uploadMedia } from '../upload';
import { QuizEditor } from './QuizEditor';

interface Draft {
  chapterId: string;
  title: string;
  kind: ResourceKind;
  isExtension: boolean;
  mediaId: string | null;
  durationSeconds: number | null;
  textBody: string;
  documentMediaId: string | null;
  minReadingSeconds: number | null;
  studyMinutes: number | null;
  quiz: QuizDraft | null;
}

function fromResource(chapterId: string, r?: AdminResource): Draft {
  return {
    chapterId: r?.chapterId ?? chapterId,
    title: r?.title ?? '',
    kind: r?.kind ?? 'video',
    isExtension: r?.isExtension ?? false,
    mediaId: r?.mediaId ?? null,
    durationSeconds: r?.durationSeconds ?? null,
    textBody: r?.textBody ?? '',
    documentMediaId: r?.documentMediaId ?? null,
    minReadingSeconds: r?.minReadingSeconds ?? null,
    studyMinutes: r?.studyMinutes ?? null,
    quiz: r?.quiz
      ? {
          positionSeconds: r.quiz.positionSeconds ?? null,
          questions: r.quiz.questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, options: q.options.map((o) => ({ ...o })) })),
        }
      : null,
  };
}

/** The body of AddResource / EditResource: ids of questions and options go back so the server keeps them. */
export function toResourceBody(d: Draft, position?: number): EditResource {
  return {
    chapterId: d.chapterId,
    position,
    title: d.title,
    kind: d.kind,
    isExtension: d.isExtension,
    mediaId: d.kind === 'video' ? d.mediaId ?? undefined : undefined,
    textBody: d.kind === 'text' ? d.textBody : undefined,
    documentMediaId: d.kind === 'text' ? d.documentMediaId ?? undefined : undefined,
    minReadingSeconds: d.kind === 'text' ? d.minReadingSeconds ?? undefined : undefined,
    studyMinutes: d.kind === 'text' ? d.studyMinutes ?? undefined : undefined,
    quiz:
      d.kind === 'text' || !d.quiz
        ? undefined
        : {
            positionSeconds: d.kind === 'video' ? d.quiz.positionSeconds ?? undefined : undefined,
            questions: d.quiz.questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, options: q.options })),
          },
  };
}

interface Props {
  course: AdminCourseResponse;
  chapterId: string;
  resource?: AdminResource;
  open: boolean;
  saving: boolean;
  onClose: () => void;
  onSave: (body: EditResource) => void;
}

/** 添加/编辑学习资源: a video (uploaded here, with progress), a text or a course test, and the quiz. */
export function ResourceModal({ course, chapterId, resource, open, saving, onClose, onSave }: Props) {
  const [draft, setDraft] = useState<Draft>(() => fromResource(chapterId, resource));
  const [upload, setUpload] = useState<{ percent: number; error?: string } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    if (open) {
      setDraft(fromResource(chapterId, resource));
      setUpload(null);
      setProblems([]);
    }
  }, [open, chapterId, resource]);

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const pick = async (kind: 'videos' | 'documents', file: File | undefined) => {
    if (!file) return;
    setUpload({ percent: 0 });
    try {
      const media = await uploadMedia(kind, file, (percent) => setUpload({ percent }));
      if (kind === 'videos') set({ mediaId: media.id, durationSeconds: media.durationSeconds ?? null });
      else set({ documentMediaId: media.id });
      setUpload({ percent: 100 });
    } catch (error) {
      setUpload({ percent: 0, error: toProblem(error).title });
    }
  };

  const save = () => {
    const found: string[] = [];
    if (!draft.title.trim()) found.push('请填写资源名称');
    if (draft.quiz && draft.kind !== 'text') {
      found.push(...quizProblems(draft.quiz, draft.kind === 'video' ? { durationSeconds: draft.durationSeconds } : undefined));
    }
    if (draft.kind === 'courseTest' && !draft.quiz) found.push('课程测试至少需要一道题');
    setProblems(found);
    if (found.length === 0) onSave(toResourceBody(draft));
  };

  return (
    <Modal open={open} title={resource ? '编辑学习资源' : '添加学习资源'} onCancel={onClose} onOk={save} okText="保存" cancelText="取消"
      confirmLoading={saving} okButtonProps={{ disabled: upload !== null && upload.percent < 100 && !upload.error }} width={720} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        {problems.length > 0 && (
          <Alert type="error" showIcon message={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{problems.map((m) => <li key={m}>{m}</li>)}</ul>} />
        )}
        <label htmlFor="resource-chapter">所在章节</label>
        <Select id="resource-chapter" value={draft.chapterId} onChange={(chapterId: string) => set({ chapterId })}
          options={course.chapters.map((c) => ({ value: c.id, label: c.title }))} />
        <label htmlFor="resource-kind">类型</label>
        <Select id="resource-kind" value={draft.kind} disabled={!!resource}
          onChange={(kind: ResourceKind) => set({ kind, quiz: kind === 'courseTest' ? draft.quiz ?? { positionSeconds: null, questions: [] } : draft.quiz })}
          options={Object.entries(RESOURCE_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        <label htmlFor="resource-title">资源名称</label>
        <Input id="resource-title" value={draft.title} maxLength={100} onChange={(e) => set({ title: e.target.value })} />
        <Checkbox checked={draft.isExtension} onChange={(e) => set({ isExtension: e.target.checked })}>拓展资源（记录学习时长，不计学时）</Checkbox>

        {draft.kind === 'video' && (
          <>
            <label htmlFor="resource-video">视频文件（MP4/H.264 或 WebM）</label>
            <input id="resource-video" type="file" accept="video/mp4,video/webm" onChange={(e) => void pick('videos', e.target.files?.[0])} />
            {upload && <Progress percent={upload.percent} status={upload.error ? 'exception' : upload.percent === 100 ? 'success' : 'active'} aria-label="上传进度" />}
            {upload?.error && <Alert type="error" showIcon message={upload.error} />}
            <Typography.Text type="secondary" data-testid="video-duration">
              {draft.mediaId ? `已选择视频，时长 ${formatDuration(draft.durationSeconds)}` : '尚未选择视频'}
            </Typography.Text>
            <Checkbox checked={!!draft.quiz} onChange={(e) => set({ quiz: e.target.checked ? { positionSeconds: null, questions: [] } : null })}>
              视频结尾测试题
            </Checkbox>
          </>
        )}

        {draft.kind === 'text' && (
          <>
            <label htmlFor="resource-text">正文（可粘贴HTML，服务器会清理不安全内容）</label>
            <Input.TextArea id="resource-text" rows={6} value={draft.textBody} onChange={(e) => set({ textBody: e.target.value })} />
            <label htmlFor="resource-pdf">或上传PDF</label>
            <input id="resource-pdf" type="file" accept="application/pdf" onChange={(e) => void pick('documents', e.target.files?.[0])} />
            {upload && <Progress percent={upload.percent} status={upload.error ? 'exception' : 'active'} aria-label="上传进度" />}
            <label htmlFor="resource-reading">最短阅读时间（秒）</label>
            <InputNumber id="resource-reading" min={0} max={86400} value={draft.minReadingSeconds} onChange={(v) => set({ minReadingSeconds: v })} />
            <label htmlFor="resource-minutes">计入学习时长（分钟）</label>
            <InputNumber id="resource-minutes" min={0} max={600} value={draft.studyMinutes} onChange={(v) => set({ studyMinutes: v })} />
          </>
        )}

        {draft.quiz && draft.kind !== 'text' && (
          <QuizEditor quiz={draft.quiz} withPosition={draft.kind === 'video'} onChange={(quiz) => set({ quiz })} />
        )}
      </Space>
    </Modal>
  );
}
