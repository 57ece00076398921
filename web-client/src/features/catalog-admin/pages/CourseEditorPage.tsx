import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Form, Input, List, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { AdminChapter, AdminCourseResponse, AdminResource, EditCourse, EditResource } from '../../../api/xueshi-client';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { api } from '../../../shared/api/api';
import { toProblem } from '../../../shared/problem/problem';
import { formatDuration, RESOURCE_KIND_LABELS, STATE_LABELS } from '../labels';
import { changeProblemMessages, isStale } from '../concurrency';
import { ResourceModal } from './ResourceModal';
import { LecturersEditor } from './LecturersEditor';
import { lecturerProblems, newLecturerRow, toLecturers } from '../lecturers';

/** A change inside the course under its revision; the answer is the whole course with the new revision. */
function useCourseChange(courseId: string, onProblems: (messages: string[]) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: (course: AdminCourseResponse) => Promise<AdminCourseResponse>) => {
      const course = queryClient.getQueryData<AdminCourseResponse>(['admin-course', courseId]);
      if (!course) throw new Error('课程尚未加载');
      return run(course);
    },
    onMutate: () => onProblems([]),
    onSuccess: (course) => queryClient.setQueryData(['admin-course', courseId], course),
    onError: async (error) => {
      const problem = toProblem(error);
      onProblems(changeProblemMessages(problem));
      if (isStale(problem)) await queryClient.invalidateQueries({ queryKey: ['admin-course', courseId] });
    },
  });
}

function ChapterTitleModal({ chapter, open, onClose, onSave }: { chapter?: AdminChapter; open: boolean; onClose: () => void; onSave: (title: string) => void }) {
  const [title, setTitle] = useState(chapter?.title ?? '');
  return (
    <Modal open={open} title={chapter ? '重命名章节' : '添加章节'} onCancel={onClose} okText="保存" cancelText="取消"
      okButtonProps={{ disabled: !title.trim() }} onOk={() => onSave(title)} destroyOnHidden>
      <label htmlFor="chapter-title">章节名称</label>
      <Input id="chapter-title" value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
    </Modal>
  );
}

function ResourceRow({ resource, onEdit, onDelete }: { resource: AdminResource; onEdit: () => void; onDelete: () => void }) {
  const archived = !!resource.archivedAt;
  return (
    <List.Item data-testid="admin-resource"
      actions={archived ? [] : [<Button key="e" size="small" onClick={onEdit}>编辑</Button>, <Button key="d" size="small" danger onClick={onDelete}>删除</Button>]}>
      <List.Item.Meta
        title={<Space wrap><Tag>{RESOURCE_KIND_LABELS[resource.kind]}</Tag>{resource.title}{resource.isExtension && <Tag color="blue">拓展</Tag>}{archived && <Tag color="warning">已归档</Tag>}</Space>}
        description={resource.kind === 'video'
          ? `时长 ${formatDuration(resource.durationSeconds)}${resource.quiz ? ` · ${resource.quiz.questions.length} 道测试题（${resource.quiz.positionSeconds ?? 0} 秒）` : ''}`
          : resource.kind === 'courseTest' ? `${resource.quiz?.questions.length ?? 0} 道题` : `阅读 ${resource.minReadingSeconds ?? 0} 秒 · 计 ${resource.studyMinutes ?? 0} 分钟`}
      />
    </List.Item>
  );
}

/** 课程信息: title, description and 主讲人 rows, checked here against the server's limits before saving. */
function CourseInfoCard({ course, saving, onSave }: { course: AdminCourseResponse; saving: boolean; onSave: (body: EditCourse) => void }) {
  const [form] = Form.useForm<{ title: string; description: string }>();
  const [lecturers, setLecturers] = useState(() => course.lecturers.map((l) => newLecturerRow(l)));
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <Card size="small" className="console-card" title="课程信息">
      <Form form={form} layout="vertical" name="course" initialValues={{ title: course.title, description: course.description }}
        onFinish={(v) => {
          const found = lecturerProblems(lecturers);
          setProblems(found);
          if (found.length === 0) onSave({ title: v.title, description: v.description, lecturers: toLecturers(lecturers) });
        }}>
        <Form.Item name="title" label="课程名称" rules={[{ required: true, message: '请填写课程名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label="课程简介">
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <LecturersEditor rows={lecturers} onChange={setLecturers} />
        {problems.length > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="lecturer-problems"
            message={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{problems.map((m) => <li key={m}>{m}</li>)}</ul>} />
        )}
        <Typography.Paragraph type="secondary">
          所在专题：{course.programs.length === 0 ? '无' : course.programs.map((p) => `${p.title}（${STATE_LABELS[p.state].label}）`).join('、')}
        </Typography.Paragraph>
        <Button htmlType="submit" loading={saving}>保存课程信息</Button>
      </Form>
    </Card>
  );
}

/** 课程编辑: the course's own fields, its chapters, and each chapter's resources with their quizzes. */
export function CourseEditorPage() {
  const { courseId = '' } = useParams();
  const { modal } = App.useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const course = useQuery({ queryKey: ['admin-course', courseId], queryFn: () => api.getAdminCourse(courseId) });
  const change = useCourseChange(courseId, setProblems);
  const [chapterModal, setChapterModal] = useState<{ chapter?: AdminChapter } | null>(null);
  const [resourceModal, setResourceModal] = useState<{ chapterId: string; resource?: AdminResource } | null>(null);
  const c = course.data;
  const published = c?.programs.some((p) => p.state !== 'draft');

  const saveResource = (body: EditResource) => {
    const target = resourceModal;
    if (!target) return;
    change.mutate(
      (current) => target.resource
        ? api.editResource(current.id, target.resource.id, current.revision, body)
        : api.addResource(current.id, current.revision, body),
      { onSuccess: () => setResourceModal(null) },
    );
  };

  return (
    <AppLayout title={c ? `课程：${c.title}` : '课程'} back={c?.programs[0] ? `/admin/catalog/programs/${c.programs[0].programId}` : '/admin/catalog'} wide>
      {course.isPending && <Skeleton active />}
      {course.isError && <Alert type="error" showIcon message={toProblem(course.error).title} />}
      {c && (
        <>
          {problems.length > 0 && (
            <Alert type="error" showIcon message="未能保存" style={{ marginBottom: 12 }} data-testid="course-problems"
              description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{problems.map((m) => <li key={m}>{m}</li>)}</ul>} />
          )}
          {published && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }}
              message="此课程已在教师可见的专题中：修改会被记录，删除的学习资源会归档保留，已有学习进度不受影响。" />
          )}
          <CourseInfoCard key={c.revision} course={c} saving={change.isPending}
            onSave={(v) => change.mutate((cur) => api.editCourse(cur.id, cur.revision, v))} />

          <Card size="small" className="console-card" title="章节与学习资源" extra={<Button onClick={() => setChapterModal({})}>添加章节</Button>}>
            {c.chapters.length === 0 && <Empty description="还没有章节" />}
            {c.chapters.map((chapter) => (
              <Card key={chapter.id} size="small" type="inner" style={{ marginBottom: 8 }} data-testid="admin-chapter"
                title={chapter.title}
                extra={
                  <Space wrap>
                    <Button size="small" type="primary" onClick={() => setResourceModal({ chapterId: chapter.id })}>添加资源</Button>
                    <Button size="small" onClick={() => setChapterModal({ chapter })}>重命名</Button>
                    <Button size="small" danger disabled={chapter.resources.length > 0}
                      onClick={() => change.mutate((cur) => api.deleteChapter(cur.id, chapter.id, cur.revision))}>删除</Button>
                  </Space>
                }>
                <List size="small" dataSource={chapter.resources} locale={{ emptyText: '本章还没有学习资源' }}
                  renderItem={(r) => (
                    <ResourceRow resource={r} onEdit={() => setResourceModal({ chapterId: chapter.id, resource: r })}
                      onDelete={() => modal.confirm({
                        title: '删除学习资源',
                        content: published ? '该资源所在课程已对教师可见，删除后将归档保留，教师的学习进度不受影响。' : '删除后不可恢复。',
                        okText: '删除', cancelText: '取消',
                        onOk: () => change.mutate((cur) => api.deleteResource(cur.id, r.id, cur.revision)),
                      })} />
                  )} />
              </Card>
            ))}
          </Card>

          <ChapterTitleModal key={chapterModal?.chapter?.id ?? 'new'} chapter={chapterModal?.chapter} open={chapterModal !== null}
            onClose={() => setChapterModal(null)}
            onSave={(title) => change.mutate(
              (cur) => chapterModal?.chapter
                ? api.editChapter(cur.id, chapterModal.chapter.id, cur.revision, { title, position: chapterModal.chapter.position })
                : api.addChapter(cur.id, cur.revision, { title }),
              { onSuccess: () => setChapterModal(null) },
            )} />
          {resourceModal && (
            <ResourceModal course={c} chapterId={resourceModal.chapterId} resource={resourceModal.resource} open saving={change.isPending}
              onClose={() => setResourceModal(null)} onSave={saveResource} />
          )}
        </>
      )}
    </AppLayout>
  );
}
