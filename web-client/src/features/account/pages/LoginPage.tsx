import { useEffect, useState } from 'react';
import { Alert, Form, Tabs } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { AuthLayout } from '../../../shared/layout/AuthLayout';
import { PasswordSignInForm, type PasswordSignInValues } from '../components/PasswordSignInForm';
import { SmsSignInForm, type SmsSignInValues } from '../components/SmsSignInForm';
import type { LoginLocationState } from '../../../shared/session/loginState';
import { takeSessionExpired } from '../../../shared/session/session';

type Mode = 'password' | 'sms';

export function LoginPage() {
  const location = useLocation();
  const [passwordForm] = Form.useForm<PasswordSignInValues>();
  const [smsForm] = Form.useForm<SmsSignInValues>();
  const [mode, setMode] = useState<Mode>('password');
  const [expired] = useState(takeSessionExpired);
  const notice = (location.state as LoginLocationState | null)?.notice;

  useEffect(() => {
    const phone = (location.state as LoginLocationState | null)?.phone;
    if (phone) passwordForm.setFieldsValue({ phone });
  }, [location.state, passwordForm]);

  // Switching tabs keeps the phone number the user already typed.
  const switchTo = (next: Mode) => {
    const [from, to] = next === 'sms' ? [passwordForm, smsForm] : [smsForm, passwordForm];
    const phone = from.getFieldValue('phone') as string | undefined;
    if (phone && !to.getFieldValue('phone')) to.setFieldsValue({ phone });
    setMode(next);
  };

  return (
    <AuthLayout
      title="登录"
      footer={
        <div className="login-links">
          <div>
            还没有账号？<Link to="/register">立即注册</Link>
          </div>
          <div>
            <Link to="/reset-password">忘记密码？</Link>
            <span className="login-links__sep">·</span>
            <Link to="/phone-rebinding-request">原手机号已停用？</Link>
          </div>
        </div>
      }
    >
      {notice && <Alert className="form-alert" type="success" showIcon message={notice} data-testid="login-notice" />}
      {expired && <Alert className="form-alert" type="warning" showIcon message="登录已过期，请重新登录" />}
      <Tabs
        activeKey={mode}
        onChange={(key) => switchTo(key as Mode)}
        centered
        items={[
          // forceRender keeps both forms mounted, so switching tabs can carry the phone across.
          { key: 'password', label: '密码登录', forceRender: true, children: <PasswordSignInForm form={passwordForm} /> },
          { key: 'sms', label: '验证码登录', forceRender: true, children: <SmsSignInForm form={smsForm} /> },
        ]}
      />
    </AuthLayout>
  );
}
