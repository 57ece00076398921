import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Input, InputNumber, List, Modal, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AdminProgramCourse, AdminProgramResponse } from '../../../api/xueshi-client';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { api } from '../../../shared/api/api';
import { toProblem } from '../../../shared/problem/problem';
import { formatChinaDate } from '../../../shared/format/format';
import { schoolSystemLabel } from '../../../shared/directory/schoolSystems';
import { AUDIENCE_LABELS, IDENTITY_OPTIONS, STATE_LABELS } from '../labels';
import { changeProblemMessages, isStale } from '../concurrency';
import { ProgramFormModal } from './ProgramFormModal';

/** The courses' order and opening dates, one course at a time. */
function CourseLinkModal({ program, link, onClose }: { program: AdminProgramResponse; link: AdminProgramCourse | null; onClose: () => void }) {
  const [position, setPosition] = useState<number | null>(link?.position ?? 0);
  const [opensOn, setOpensOn] = useState(link?.opensOn ?? '');
  const change = useProgramChange(program.id);
  if (!link) return null;
  return (
    <Modal open title={`调整课程：${link.title}`} onCancel={onClose} okText="保存" cancelText="取消" confirmLoading={change.isPending}
      onOk={() => change.mutate(() => api.editCourseLink(program.id, link.courseId, program.revision,
        { position: position ?? link.position, opensOn: opensOn || undefined, carriedFromProgramId: link.carriedFromProgramId ?? undefined }),
      { onSuccess: onClose })}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <label htmlFor="link-position">顺序</label>
        <InputNumber id="link-position" min={0} max={1000} value={position} onChange={setPosition} />
        <label htmlFor="link-opens">开放日期（不填则随专题开放）</label>
        <Input id="link-opens" type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />
      </Space>
    </Modal>
  );
}

/** Attach an existing course, or create one and attach it. */
function AttachCourseModal({ program, open, onClose }: { program: AdminProgramResponse; open: boolean; onClose: () => void }) {
  const [q, setQ] = useState('');
  const [courseId, setCourseId] = useState<string>();
  const [newTitle, setNewTitle] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const courses = useQuery({ queryKey: ['admin-courses', q], queryFn: () => api.listAdminCourses({ q: q || undefined, pageSize: 50 }), enabled: open });
  const change = useProgramChange(program.id);
  const attached = new Set(program.courses.map((c) => c.courseId));

  const submit = () =>
    change.mutate(async () => {
      const id = courseId ?? (await api.createCourse({ title: newTitle, description: '', lecturers: [] })).id;
      return api.attachCourse(program.id, program.revision, { courseId: id, opensOn: opensOn || undefined });
    }, { onSuccess: onClose });

  return (
    <Modal open={open} title="添加课程" onCancel={onClose} okText="添加" cancelText="取消" confirmLoading={change.isPending}
      okButtonProps={{ disabled: !courseId && newTitle.trim().length < 2 }} onOk={submit} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <label htmlFor="attach-course">选择已有课程</label>
        <Select id="attach-course" showSearch allowClear filterOption={false} onSearch={setQ} value={courseId} onChange={setCourseId}
          style={{ width: '100%' }} placeholder="搜索课程名称"
          options={(courses.data?.items ?? []).filter((c) => !attached.has(c.id)).map((c) => ({ value: c.id, label: c.title }))} />
        <label htmlFor="attach-new">或新建课程</label>
        <Input id="attach-new" placeholder="新课程名称" maxLength={100} value={newTitle} disabled={!!courseId} onChange={(e) => setNewTitle(e.target.value)} />
        <label htmlFor="attach-opens">开放日期（不填则随专题开放）</label>
        <Input id="attach-opens" type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />
      </Space>
    </Modal>
  );
}

/**
 * A change to the program under its revision: the answer replaces the cached program; a refusal
 * is shown as a list (each coherence problem in Chinese), and 412 reloads the program.
 */
function useProgramChange(programId: string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: () => Promise<AdminProgramResponse | void>) => run(),
    onSuccess: async (program) => {
      if (program) queryClient.setQueryData(['admin-program', programId], program);
      await queryClient.invalidateQueries({ queryKey: ['admin-programs'] });
      await queryClient.invalidateQueries({ queryKey: ['admin-program-changes', programId] });
    },
    onError: async (error) => {
      const problem = toProblem(error);
      message.error(changeProblemMessages(problem).join('；'));
      if (isStale(problem)) await queryClient.invalidateQueries({ queryKey: ['admin-program', programId] });
    },
  });
}

/** One program: its fields, its courses with their opening dates, publishing and closing, and its audit trail. */
export function ProgramDetailPage() {
  const { programId = '' } = useParams();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const program = useQuery({ queryKey: ['admin-program', programId], queryFn: () => api.getAdminProgram(programId) });
  const changes = useQuery({ queryKey: ['admin-program-changes', programId], queryFn: () => api.listProgramChanges(programId) });
  const change = useProgramChange(programId);
  const [editing, setEditing] = useState(false);
  const [attaching, setAttaching] = useState(false);
  const [link, setLink] = useState<AdminProgramCourse | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const p = program.data;
  const run = (action: () => Promise<AdminProgramResponse | void>, after?: () => void) => {
    setProblems([]);
    change.mutate(action, {
      onSuccess: after,
      onError: (error) => setProblems(changeProblemMessages(toProblem(error))),
    });
  };

  return (
    <AppLayout title={p?.title ?? '专题'} back="/admin/catalog" wide>
      {program.isPending && <Skeleton active />}
      {program.isError && <Alert type="error" showIcon message={toProblem(program.error).title} />}
      {p && (
        <>
          {problems.length > 0 && (
            <Alert type="error" showIcon message="未能完成操作" data-testid="publish-problems" style={{ marginBottom: 12 }}
              description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{problems.map((m) => <li key={m}>{m}</li>)}</ul>} />
          )}
          <Card size="small" className="console-card">
            <Space wrap style={{ marginBottom: 8 }}>
              <Tag color={STATE_LABELS[p.state].color} data-testid="program-state">{STATE_LABELS[p.state].label}</Tag>
              <Button onClick={() => setEditing(true)}>编辑</Button>
              <Link to={`/admin/catalog/programs/${p.id}/credit-rules`} className="ant-btn ant-btn-default" data-testid="credit-rules-link">学时认定规则</Link>
              {p.state === 'draft' && (
                <Button type="primary" loading={change.isPending} onClick={() => run(() => api.publishProgram(p.id, p.revision))}>发布</Button>
              )}
              {p.state === 'published' && (
                <Button danger onClick={() => modal.confirm({
                  title: '关闭专题', content: '关闭后教师不能再报名，已报名的教师仍可查看。确认关闭？', okText: '关闭', cancelText: '取消',
                  onOk: () => run(() => api.closeProgram(p.id, p.revision)),
                })}>关闭</Button>
              )}
              {p.state === 'draft' && (
                <Button danger onClick={() => modal.confirm({
                  title: '删除草稿', content: '删除后不可恢复，课程本身会保留。确认删除？', okText: '删除', cancelText: '取消',
                  onOk: () => run(() => api.deleteProgram(p.id, p.revision), () => navigate('/admin/catalog')),
                })}>删除</Button>
              )}
            </Space>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="面向对象">{AUDIENCE_LABELS[p.audience]}</Descriptions.Item>
              <Descriptions.Item label="学习时间">{p.startsOn} 至 {p.endsOn}</Descriptions.Item>
              <Descriptions.Item label="证书发放日期">{p.certificateDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="可报名学制">
                {p.schoolSystems.admitted.length === 0 ? '不限' : p.schoolSystems.admitted.map(schoolSystemLabel).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label="可报名身份">
                {p.admittedIdentities.map((i) => IDENTITY_OPTIONS.find((o) => o.value === i)?.label ?? i).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label="学习设置" data-testid="program-study">
                最高播放速度 {p.study.maxPlaybackRate}× · 测试题{p.study.quizCompletion === 'allCorrect' ? '须全部答对' : '答完即可'}
              </Descriptions.Item>
              <Descriptions.Item label="技术支持">{[p.support.phone, p.support.hours, p.support.qqGroup && `QQ群 ${p.support.qqGroup}`].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
            </Descriptions>
            {p.description && <Typography.Paragraph style={{ marginTop: 8 }}>{p.description}</Typography.Paragraph>}
          </Card>

          <Card size="small" className="console-card" title="课程" extra={<Button onClick={() => setAttaching(true)}>添加课程</Button>}>
            {p.courses.length === 0 && <Empty description="还没有课程" />}
            <List
              dataSource={p.courses}
              renderItem={(c) => (
                <List.Item
                  data-testid="program-course"
                  actions={[
                    <Button key="link" size="small" onClick={() => setLink(c)}>调整</Button>,
                    ...(p.state === 'draft'
                      ? [<Button key="detach" size="small" danger onClick={() => run(() => api.detachCourse(p.id, c.courseId, p.revision))}>移除</Button>]
                      : []),
                  ]}
                >
                  <List.Item.Meta
                    title={<Link to={`/admin/catalog/courses/${c.courseId}`}>{c.position + 1}. {c.title}</Link>}
                    description={`${c.opensOn ? `${c.opensOn} 开放` : '随专题开放'} · ${c.resourceCount} 个学习资源`}
                  />
                </List.Item>
              )}
            />
          </Card>

          <Card size="small" className="console-card" title="修改记录">
            {changes.data && changes.data.items.length === 0 && <Typography.Text type="secondary">发布后的修改会记录在这里</Typography.Text>}
            <List size="small" dataSource={changes.data?.items ?? []}
              renderItem={(c) => <List.Item>{formatChinaDate(c.at)} {c.summary}</List.Item>} />
          </Card>

          <ProgramFormModal open={editing} program={p} onClose={() => setEditing(false)} onSaved={() => setProblems([])} />
          <AttachCourseModal program={p} open={attaching} onClose={() => setAttaching(false)} />
          {link && <CourseLinkModal key={link.courseId} program={p} link={link} onClose={() => setLink(null)} />}
        </>
      )}
    </AppLayout>
  );
}
