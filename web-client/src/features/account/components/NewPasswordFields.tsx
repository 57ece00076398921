import { Form, Input } from 'antd';
import { checkPassword, rule } from '../../../shared/forms/validation';

/** 新密码 + 确认密码, checked with the server's password rules against the form's phone field. */
export function NewPasswordFields({ name = 'newPassword', phoneField = 'phone', label = '新密码' }: { name?: string; phoneField?: string; label?: string }) {
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        dependencies={[phoneField]}
        required
        extra="8–64 位，须同时包含字母和数字，不含空格和手机号"
        rules={[({ getFieldValue }) => rule((value) => checkPassword(value, getFieldValue(phoneField) as string | undefined))]}
      >
        <Input.Password placeholder="设置新密码" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="确认密码"
        dependencies={[name]}
        required
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => {
              if (!value) return Promise.reject(new Error('请再次输入密码'));
              return value === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'));
            },
          }),
        ]}
      >
        <Input.Password placeholder="再次输入密码" autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
