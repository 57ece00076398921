import { useState } from 'react';
import { App, Button, Form, Typography, type FormInstance } from 'antd';
import { api } from '../lib/api';
import type { SmsPurpose } from '../lib/apiTypes';
import { fetchDevSmsCode } from '../lib/devInbox';
import { problemToFormFeedback } from '../lib/formFeedback';
import { toProblem } from '../lib/problem';
import { useCountdown } from '../lib/useCountdown';
import { checkSmsCode, rule } from '../lib/validation';
import { SmsCodeInput } from './SmsCodeInput';

const DEFAULT_RESEND_SECONDS = 60;

interface Props {
  form: FormInstance;
  purpose: SmsPurpose;
}

/** The 验证码 field of a form that also has a "phone" field: requests the code and counts down. */
export function SmsCodeField({ form, purpose }: Props) {
  const { message } = App.useApp();
  const countdown = useCountdown();
  const [sending, setSending] = useState(false);
  const [devCode, setDevCode] = useState<string | null>(null);

  const send = async () => {
    let phone: string;
    try {
      phone = String((await form.validateFields(['phone'])).phone).trim();
    } catch {
      return; // the phone field now shows what is wrong
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
      form.setFields(feedback.fields);
      if (feedback.alert) message.error(feedback.alert);
    } finally {
      setSending(false);
    }
  };

  const devNotice = devCode && (
    <Typography.Text type="secondary" className="dev-code" data-testid="dev-sms-code">
      开发环境验证码：{devCode}{' '}
      <Button type="link" size="small" onClick={() => form.setFieldsValue({ smsCode: devCode })}>
        填入
      </Button>
    </Typography.Text>
  );

  return (
    <Form.Item name="smsCode" label="验证码" rules={[rule(checkSmsCode)]} required extra={devNotice}>
      <SmsCodeInput onSend={send} sending={sending} waitSeconds={countdown.remaining} />
    </Form.Item>
  );
}
