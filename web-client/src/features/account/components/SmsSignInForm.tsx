import { Button, Form, type FormInstance } from 'antd';
import { useSignIn } from '../hooks/useSignIn';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { PhoneField } from '../../../shared/forms/PhoneField';
import { SmsCodeField } from '../../../shared/forms/SmsCodeField';
import { ConsentCheckbox } from '../../legal/components/ConsentCheckbox';

export interface SmsSignInValues {
  phone: string;
  smsCode: string;
  consent: boolean;
}

const FIELDS = ['phone', 'smsCode'] as const;

export function SmsSignInForm({ form }: { form: FormInstance<SmsSignInValues> }) {
  const { submit, submitting, alert, clearAlert, lockSeconds } = useSignIn(form, FIELDS);

  return (
    <Form
      form={form}
      name="sms-sign-in"
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => submit({ phone: v.phone.trim(), smsCode: v.smsCode.trim() })}
    >
      <FormAlert message={alert} onClose={clearAlert} />
      <PhoneField />
      <SmsCodeField form={form} purpose="signIn" />
      <p className="sms-sign-in__hint">未注册的手机号验证后将自动注册</p>
      <ConsentCheckbox />
      <Button type="primary" htmlType="submit" block size="large" loading={submitting} disabled={lockSeconds > 0}>
        {lockSeconds > 0 ? `${lockSeconds} 秒后可再次登录` : '登录'}
      </Button>
    </Form>
  );
}
