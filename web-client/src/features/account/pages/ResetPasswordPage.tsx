import { useState } from 'react';
import { App, Button, Form } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { AuthLayout } from '../../../shared/layout/AuthLayout';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { PhoneField } from '../../../shared/forms/PhoneField';
import { SmsCodeField } from '../../../shared/forms/SmsCodeField';
import { api } from '../../../shared/api/api';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import type { LoginLocationState } from '../../../shared/session/loginState';
import { toProblem } from '../../../shared/problem/problem';
import { useAuthActions, useSignedIn } from '../../../shared/session/useAuth';

interface ResetValues {
  phone: string;
  smsCode: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['phone', 'smsCode', 'newPassword'] as const;
const CODE_FIELDS = { 'accounts.sms_code_invalid': 'smsCode' } as const;

/** 忘记密码 from the login page, and 修改密码 from 我的: both prove the phone with an SMS code. */
export function ResetPasswordPage() {
  const [form] = Form.useForm<ResetValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const { signOut } = useAuthActions();
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const onFinish = async (v: ResetValues) => {
    const phone = v.phone.trim();
    setSubmitting(true);
    setAlert(null);
    try {
      await api.resetPassword({ phone, smsCode: v.smsCode.trim(), newPassword: v.newPassword });
      // Whoever was signed in here signs in again with the new password.
      if (signedIn) await signOut();
      message.success('密码已重置，请使用新密码登录');
      const state: LoginLocationState = { phone };
      navigate('/login', { replace: true, state });
    } catch (error) {
      const feedback = problemToFormFeedback(toProblem(error), FIELDS, CODE_FIELDS);
      form.setFields(feedback.fields);
      setAlert(feedback.alert);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={signedIn ? '修改密码' : '忘记密码'} footer={signedIn ? <Link to="/me">返回我的</Link> : <Link to="/login">返回登录</Link>}>
      <Form form={form} name="reset-password" layout="vertical" onFinish={onFinish} scrollToFirstError>
        <FormAlert message={alert} onClose={() => setAlert(null)} />
        <PhoneField />
        <SmsCodeField form={form} purpose="resetPassword" />
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          重置密码
        </Button>
      </Form>
    </AuthLayout>
  );
}
