import { Button, Input, Space } from 'antd';

interface Props {
  // value, onChange and id are injected by the enclosing antd Form.Item.
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  onSend: () => void;
  sending: boolean;
  /** Seconds until another code may be requested; 0 when the button is available. */
  waitSeconds: number;
}

export function SmsCodeInput({ value, onChange, id, onSend, sending, waitSeconds }: Props) {
  return (
    <Space.Compact block>
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value.replace(/\D/g, ''))}
        placeholder="6 位数字验证码"
        maxLength={6}
        inputMode="numeric"
        autoComplete="one-time-code"
      />
      <Button className="sms-code-button" onClick={onSend} loading={sending} disabled={waitSeconds > 0}>
        {waitSeconds > 0 ? `${waitSeconds} 秒后重新获取` : '获取验证码'}
      </Button>
    </Space.Compact>
  );
}
