import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Skeleton, Space, Tag, Typography } from 'antd';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { RuleSetsView } from '../../../api/xueshi-client';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { ROLE_LABELS } from '../../../shared/credit/credit';
import { toProblem } from '../../../shared/problem/problem';
import { changeProblemMessages, isStale } from '../concurrency';
import { placeFieldErrors, toForm, toRuleSet, type RuleSetForm } from '../creditRules';
import { creditRulesApi, creditRulesKeys, useCreditRules } from '../creditRulesApi';
import { CourseRuleCard } from './CourseRuleCard';
import { RulePreview } from './RulePreview';
import { RULE_STATUS_LABELS, RuleSetHistory } from './RuleSetHistory';

const HOURS = { min: 0, max: 1000, step: 1 } as const; // A step of 0.5 would make antd show 1 as "1.0"; typed halves and quarters still show as typed.
const ROLE_OPTIONS = (['psychologyTeacher', 'headTeacher'] as const).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

type Action = 'validate' | 'save' | 'publish' | 'discard';

/** The editor, keyed by the revision it opened: after a save, publish or discard it reopens on the new state. */
function RuleSetEditor({ view }: { view: RuleSetsView }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RuleSetForm>();
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const editing = view.draft ?? view.published;
  const initial = toForm(editing?.ruleSet, view.courses);

  const act = useMutation({
    mutationFn: async ({ action }: { action: Action }) => {
      const values = form.getFieldsValue(true) as RuleSetForm;
      const { ruleSet, index } = toRuleSet(values);
      try {
        if (action === 'validate') {
          await creditRulesApi.validate(view.programId, ruleSet);
          return null;
        }
        if (action === 'discard') return await creditRulesApi.discard(view.programId, view.revision);
        // Publishing publishes the saved draft; unsaved edits on screen are saved first, so what is published is what is shown.
        let revision = view.revision;
        if (action === 'save' || form.isFieldsTouched() || !view.draft) {
          revision = (await creditRulesApi.saveDraft(view.programId, revision, ruleSet)).revision;
        }
        return action === 'publish' ? await creditRulesApi.publish(view.programId, revision) : await creditRulesApi.get(view.programId);
      } catch (error) {
        throw { error, index };
      }
    },
    onMutate: () => {
      setProblems([]);
      setNotice(null);
    },
    onSuccess: (result, { action }) => {
      const done = { validate: '校验通过，可以保存', save: '草稿已保存', publish: '已发布，新规则即刻生效', discard: '草稿已放弃' }[action];
      if (action === 'validate') setNotice(done);
      else message.success(done);
      if (result) queryClient.setQueryData(creditRulesKeys.program(view.programId), result);
    },
    onError: async (failure: unknown) => {
      const { error, index } = failure as { error: unknown; index: ReturnType<typeof toRuleSet>['index'] };
      const problem = toProblem(error);
      if (problem.errors) {
        const placed = placeFieldErrors(problem.errors, index);
        // The server names paths the typed form cannot know statically; formFieldOf only returns names the form has.
        form.setFields(placed.onFields.map((f) => ({ name: f.name as never, errors: f.errors })));
        setProblems(placed.elsewhere.length > 0 ? placed.elsewhere : ['请按提示修改标红的项']);
        const first = placed.onFields[0];
        if (first) form.scrollToField(first.name as never, { block: 'center' });
        return;
      }
      setProblems(changeProblemMessages(problem));
      if (isStale(problem)) await queryClient.invalidateQueries({ queryKey: creditRulesKeys.program(view.programId) });
    },
  });
  const run = (action: Action) => {
    // The server's own check is the point of 校验, and discarding needs no valid form.
    if (action === 'validate' || action === 'discard') return act.mutate({ action });
    void form.validateFields().then(() => act.mutate({ action }), () => setProblems(['请先填写标红的项']));
  };

  return (
    <>
      <Card size="small" className="console-card">
        <Space wrap>
          {view.published && <Tag color="blue" data-testid="rules-published">第 {view.published.version} 版{RULE_STATUS_LABELS.published.label}</Tag>}
          {view.draft && <Tag data-testid="rules-draft">第 {view.draft.version} 版草稿</Tag>}
          {!view.published && <Tag color="warning">尚未发布：本专题暂不认定学时</Tag>}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          编辑的是{view.draft ? '草稿' : view.published ? '已发布版本（保存后成为新草稿，发布前不影响教师）' : '新规则'}。已发布的版本不会改变，每次发布生成新版本。
        </Typography.Paragraph>
      </Card>
      {problems.length > 0 && (
        <Alert type="error" showIcon message="未能完成操作" data-testid="rule-problems" style={{ marginBottom: 12 }}
          description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{problems.map((m) => <li key={m}>{m}</li>)}</ul>} />
      )}
      {notice && <Alert type="success" showIcon message={notice} data-testid="rule-notice" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="rules" initialValues={initial} scrollToFirstError>
        <Card size="small" className="console-card" title="专题">
          <Form.Item name="description" label="认定说明（教师可见）">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Space wrap size="middle" align="start">
            <Form.Item name="requiredTotalHours" label="结业须认定" rules={[{ required: true, message: '请填写结业须认定的学时' }]}>
              <InputNumber {...HOURS} suffix="学时" />
            </Form.Item>
            <Form.Item name="maxTotalHours" label="最多认定（留空为各课程上限之和）">
              <InputNumber {...HOURS} suffix="学时" />
            </Form.Item>
            <Form.Item name="minutesPerHour" label="每学时分钟数" rules={[{ required: true, message: '请填写每学时分钟数' }]}>
              <InputNumber min={1} max={120} suffix="分钟" />
            </Form.Item>
          </Space>
          <Form.Item name="creditWaitsForCompleteProfile" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>个人信息完善后才认定</Checkbox>
          </Form.Item>
          <Form.Item name="creditWaitsForVerification" valuePropName="checked">
            <Checkbox>学校审核认证通过后才认定</Checkbox>
          </Form.Item>
          <Typography.Text strong>身份要求</Typography.Text>
          <Typography.Paragraph type="secondary">不设置则所有教师均可结业；设置后，只有学校认定了相应身份的教师按该身份的要求认定学时。</Typography.Paragraph>
          <Form.List name="roleRequirements">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="start" data-testid="role-requirement">
                    <Form.Item name={[field.name, 'role']} label="身份" rules={[{ required: true, message: '请选择身份' }]}>
                      <FormSelect options={ROLE_OPTIONS} style={{ minWidth: 200 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'minLessons']} label="至少完成" rules={[{ required: true, message: '请填写节数' }]}>
                      <InputNumber min={0} max={10000} suffix="节" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'minHours']} label="至少认定" rules={[{ required: true, message: '请填写学时' }]}>
                      <InputNumber {...HOURS} suffix="学时" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'maxHours']} label="最多认定" rules={[{ required: true, message: '请填写学时' }]}>
                      <InputNumber {...HOURS} suffix="学时" />
                    </Form.Item>
                    <Button autoInsertSpace={false} onClick={() => remove(field.name)} aria-label={`删除身份要求 ${field.name + 1}`}>删除</Button>
                  </Space>
                ))}
                <div><Button onClick={() => add({ role: null, minLessons: null, minHours: null, maxHours: null })}>添加身份要求</Button></div>
              </>
            )}
          </Form.List>
        </Card>
        {initial.courses.map((c, i) => (
          <CourseRuleCard key={c.courseId} form={form} index={i} course={view.courses.find((vc) => vc.courseId === c.courseId)} />
        ))}
      </Form>
      <Card size="small" className="console-card">
        <Space wrap>
          <Button onClick={() => run('validate')} loading={act.isPending && act.variables?.action === 'validate'}>校验</Button>
          <Button onClick={() => run('save')} loading={act.isPending && act.variables?.action === 'save'}>保存草稿</Button>
          <Button type="primary" loading={act.isPending && act.variables?.action === 'publish'}
            onClick={() => modal.confirm({
              title: '发布认定规则', okText: '发布', cancelText: '取消',
              content: '发布后立即按新规则为所有已报名教师计算学时，已发布的版本保留在版本记录中。确认发布？',
              onOk: () => run('publish'),
            })}>发布</Button>
          {view.draft && (
            <Button danger onClick={() => modal.confirm({
              title: '放弃草稿', okText: '放弃', cancelText: '取消', content: '放弃后草稿不可恢复，已发布的规则不受影响。确认放弃？',
              onOk: () => run('discard'),
            })}>放弃草稿</Button>
          )}
        </Space>
      </Card>
      <RulePreview programId={view.programId} currentRuleSet={() => toRuleSet(form.getFieldsValue(true) as RuleSetForm).ruleSet} />
      <RuleSetHistory view={view} />
    </>
  );
}

/** 学时认定规则: one program's credit rules, edited as a draft and published as a new version. */
export function CreditRulesPage() {
  const { programId = '' } = useParams();
  const rules = useCreditRules(programId);
  const view = rules.data;
  return (
    <AppLayout title={view ? `学时认定规则 · ${view.programTitle}` : '学时认定规则'} back={`/admin/catalog/programs/${programId}`} wide>
      {rules.isPending && <Skeleton active />}
      {rules.isError && <Alert type="error" showIcon message={toProblem(rules.error).title} />}
      {view && <RuleSetEditor key={view.revision} view={view} />}
    </AppLayout>
  );
}
