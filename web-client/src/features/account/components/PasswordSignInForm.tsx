import { Button, Form, Input, type FormInstance } from 'antd';
import { useSignIn } from '../hooks/useSignIn';
import { checkSignInPassword, rule } from '../../../shared/forms/validation';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { PhoneField } from '../../../shared/forms/PhoneField';

export interface PasswordSignInValues {
  phone: string;
  password: string;
}

const FIELDS = ['phone', 'password'] as const;

export function PasswordSignInForm({ form }: { form: FormInstance<PasswordSignInValues> }) {
  const { submit, submitting, alert, clearAlert, lockSeconds } = useSignIn(form, FIELDS);

  return (
    <Form
      form={form}
      name="password-sign-in"
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => submit({ phone: v.phone.trim(), password: v.password })}
    >
      <FormAlert message={alert} onClose={clearAlert} />
      <PhoneField />
      <Form.Item name="password" label="密码" rules={[rule(checkSignInPassword)]}>
        <Input.Password placeholder="请输入密码" autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={submitting} disabled={lockSeconds > 0}>
        {lockSeconds > 0 ? `${lockSeconds} 秒后可再次登录` : '登录'}
      </Button>
    </Form>
  );
}
