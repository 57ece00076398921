import { useState } from 'react';
import { App, Button, Form, Typography, type FormInstance } from 'antd';
import { api } from '../api/api';
import type { SmsPurpose } from '../../api/xueshi-client';
import { fetchDevSmsCode } from './devInbox';
import { problemToFormFeedback } from '../problem/formFeedback';
import { toProblem } from '../problem/problem';
import { useCountdown } from './useCountdown';
import { checkSmsCode, rule } from './validation';
import { SmsCodeInput } from './SmsCodeInput';

const DEFAULT_RESEND_SECONDS = 60;

interface Props {
  form: FormInstance;
  purpose: SmsPurpose;
  /** The form field holding the phone the code goes to. */
  phoneField?: string;
  /** Send to this phone instead of a form field's (e.g. the account's current phone). */
  fixedPhone?: string;
  /** This field's name in the form. */
  name?: string;
  label?: string;
}

/** The 验证码 field of a form that also has a phone field: requests the code and counts down. */
export function SmsCodeField({ form, purpose, phoneField = 'phone', fixedPhone, name = 'smsCode', label = '验证码' }: Props) {
  const { message } = App.useApp();
  const countdown = useCountdown();
  const [sending, setSending] = useState(false);
  const [devCode, setDevCode] = useState<string | null>(null);

  const send = async () => {
    let phone: string;
    if (fixedPhone) {
      phone = fixedPhone;
    } else {
      try {
        phone = String((await form.validateFields([phoneField]))[phoneField]).trim();
      } catch {
        return; // the phone field now shows what is wrong
      }
    }
    setSending(true);
    setDevCode(null);
    try {
      const sent = await api.requestSmsCode(phone, purpose);
      countdown.start(sent.resendAfterSeconds > 0 ? sent.resendAfterSeconds : DEFAULT_RESEND_SECONDS);
      message.success('验证码已发送，请注意查收短信');
      setDevCode(await fetchDevSmsCode(phone, purpose));
    } catch (error) {
      const problem = toProblem(error);
      if (problem.status === 429 && problem.retryAfterSeconds) countdown.start(problem.retryAfterSeconds);
      const feedback = problemToFormFeedback(problem, ['phone'], { 'accounts.phone_taken': 'phone' });
      form.setFields(fixedPhone ? [] : feedback.fields.map((f) => ({ ...f, name: phoneField })));
      if (fixedPhone && feedback.fields.length > 0) message.error(feedback.fields[0].errors.join('；'));
      if (feedback.alert) message.error(feedback.alert);
    } finally {
      setSending(false);
    }
  };

  const devNotice = devCode && (
    <Typography.Text type="secondary" className="dev-code" data-testid="dev-sms-code">
      开发环境验证码：{devCode}{' '}
      <Button type="link" size="small" onClick={() => form.setFieldsValue({ [name]: devCode })}>
        填入
      </Button>
    </Typography.Text>
  );

  return (
    <Form.Item name={name} label={label} rules={[rule(checkSmsCode)]} required extra={devNotice}>
      <SmsCodeInput onSend={send} sending={sending} waitSeconds={countdown.remaining} />
    </Form.Item>
  );
}
