import { Button, Card, Checkbox, Form, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { RuleCourseView } from '../../../api/xueshi-client';
import { BASIS_LABELS, type CourseRuleForm, type RuleSetForm } from '../creditRules';

const HOURS = { min: 0, max: 1000, step: 1 } as const; // A step of 0.5 would make antd show 1 as "1.0"; typed halves and quarters still show as typed.

/** One course's rule: required hours, cap, basis (minutes table / per resource / per lesson), gates, extension. */
export function CourseRuleCard({ form, index, course }: { form: FormInstance<RuleSetForm>; index: number; course?: RuleCourseView }) {
  const value = Form.useWatch(['courses', index], { form, preserve: true }) as CourseRuleForm | undefined;
  const title = value?.title ?? course?.title ?? '';
  const kind = value?.kind ?? 'perResource';
  const at = (...name: (string | number)[]) => ['courses', index, ...name];
  return (
    <Card size="small" className="console-card" data-testid="course-rule" data-course={title}
      title={<Space wrap size="small"><span>{title}</span>{course?.carriedFromProgramId && <Tag>延续自往期专题</Tag>}{value?.inProgram === false && <Tag color="error">不在本专题中</Tag>}</Space>}>
      <Form.Item name={at('hasRule')} valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>为本课程设置认定规则（不设置则本课程不认定学时）</Checkbox>
      </Form.Item>
      {value?.hasRule && (
        <>
          <Space wrap size="middle" align="start">
            <Form.Item name={at('requiredHours')} label="认定学时（须获得）" rules={[{ required: true, message: '请填写认定学时' }]}>
              <InputNumber {...HOURS} suffix="学时" />
            </Form.Item>
            <Form.Item name={at('maxHours')} label="最多认定（留空不设上限）">
              <InputNumber {...HOURS} suffix="学时" />
            </Form.Item>
          </Space>
          <Form.Item name={at('kind')} label="认定方式">
            <Radio.Group optionType="button" options={(['studyMinutes', 'perResource', 'perLesson'] as const).map((k) => ({ value: k, label: BASIS_LABELS[k] }))} />
          </Form.Item>
          {kind === 'studyMinutes' && (
            <Form.List name={at('thresholds')}>
              {(fields, { add, remove }) => (
                <div className="rule-table" aria-label={`${title} 学习分钟门槛`} role="group">
                  {fields.map((field) => (
                    <Space key={field.key} wrap align="start">
                      <Form.Item name={[field.name, 'minutes']} label={`门槛 ${field.name + 1}：学习满`} rules={[{ required: true, message: '请填写分钟数' }]}>
                        <InputNumber min={1} max={100000} suffix="分钟" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'hours']} label="认定" rules={[{ required: true, message: '请填写学时' }]}>
                        <InputNumber {...HOURS} suffix="学时" />
                      </Form.Item>
                      <Button autoInsertSpace={false} onClick={() => remove(field.name)} disabled={fields.length <= 1} aria-label={`删除门槛 ${field.name + 1}`}>删除</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ minutes: null, hours: null })}>添加门槛</Button>
                </div>
              )}
            </Form.List>
          )}
          {kind === 'perResource' && (
            <div className="rule-table" role="group" aria-label={`${title} 每个资源的学时`}>
              <Form.Item name={at('defaultResourceHours')} label="每个资源默认认定" rules={[{ required: true, message: '请填写默认学时（0 表示只认定单独设定的资源）' }]}>
                <InputNumber {...HOURS} suffix="学时" />
              </Form.Item>
              {(value?.resourceHours ?? []).map((row, ri) => (
                <Form.Item key={row.resourceId} name={at('resourceHours', ri, 'hours')} label={row.title}>
                  <InputNumber {...HOURS} suffix="学时" placeholder="默认" />
                </Form.Item>
              ))}
            </div>
          )}
          {kind === 'perLesson' && (
            <Form.Item name={at('hoursPerLesson')} label="每节认定" rules={[{ required: true, message: '请填写每节学时' }]}>
              <InputNumber {...HOURS} suffix="学时" />
            </Form.Item>
          )}
          <Space wrap>
            <Form.Item name={at('quizzesGate')} valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox>视频须完成测试题才认定</Checkbox>
            </Form.Item>
            <Form.Item name={at('courseTestGates')} valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox>完成课程测试后才认定</Checkbox>
            </Form.Item>
            <Form.Item name={at('isExtension')} valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox>拓展课程（记录时长，不认定）</Checkbox>
            </Form.Item>
          </Space>
          {course && course.resources.length === 0 && <Typography.Paragraph type="secondary">本课程还没有学习资源。</Typography.Paragraph>}
        </>
      )}
    </Card>
  );
}
