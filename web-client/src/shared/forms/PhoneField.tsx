import { Form, Input } from 'antd';
import { checkPhone, rule } from './validation';

const digitsOnly = (value: string | undefined) => (value ?? '').replace(/\D/g, '');

/** The 手机号 field every auth form starts with: digits only, numeric keypad on phones. */
export function PhoneField({ name = 'phone', label = '手机号' }: { name?: string; label?: string }) {
  return (
    <Form.Item name={name} label={label} rules={[rule(checkPhone)]} normalize={digitsOnly} required>
      <Input placeholder="11 位手机号" maxLength={11} inputMode="tel" autoComplete="tel-national" />
    </Form.Item>
  );
}
