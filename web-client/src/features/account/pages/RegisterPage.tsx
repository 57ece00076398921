import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { AuthLayout } from '../../../shared/layout/AuthLayout';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { PhoneField } from '../../../shared/forms/PhoneField';
import { SmsCodeField } from '../../../shared/forms/SmsCodeField';
import { api } from '../../../shared/api/api';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import type { AccountIdentity } from '../../../api/xueshi-client';
import { identities } from '../identity';
import type { LoginLocationState } from '../../../shared/session/loginState';
import { toProblem } from '../../../shared/problem/problem';
import { useAuthActions } from '../../../shared/session/useAuth';
import { checkNickname, checkPassword, rule } from '../../../shared/forms/validation';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { ConsentCheckbox } from '../../legal/components/ConsentCheckbox';
import { OUTDATED_MESSAGE, VERSIONS_OUTDATED, useLegalDocuments, versionsOf } from '../../legal/legalDocuments';

interface RegisterValues {
  phone: string;
  smsCode: string;
  password: string;
  confirmPassword: string;
  identity: AccountIdentity;
  nickname: string;
  consent: boolean;
}

const FIELDS = ['phone', 'smsCode', 'password', 'identity', 'nickname'] as const;
const CODE_FIELDS = { 'accounts.phone_taken': 'phone', 'accounts.sms_code_invalid': 'smsCode' } as const;

export function RegisterPage() {
  const [form] = Form.useForm<RegisterValues>();
  const { message } = App.useApp();
  const { signIn } = useAuthActions();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const documents = useLegalDocuments();

  const onFinish = async (v: RegisterValues) => {
    const phone = v.phone.trim();
    const versions = versionsOf(documents.data);
    if (!versions) {
      setAlert('用户协议和隐私政策加载中，请稍后再试');
      return;
    }
    setSubmitting(true);
    setAlert(null);
    try {
      await api.register({
        phone,
        smsCode: v.smsCode.trim(),
        password: v.password,
        identity: v.identity,
        nickname: v.nickname.trim(),
        ...versions,
      });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === VERSIONS_OUTDATED) {
        // The texts changed while the form was open: show the new ones and ask again (the code is not spent).
        await documents.refetch();
        form.setFieldsValue({ consent: false });
        setAlert(OUTDATED_MESSAGE);
      } else {
        const feedback = problemToFormFeedback(problem, FIELDS, CODE_FIELDS);
        form.setFields(feedback.fields);
        setAlert(feedback.alert);
      }
      setSubmitting(false);
      return;
    }
    try {
      signIn(await api.issueToken({ phone, password: v.password }));
      message.success('注册成功');
      navigate('/me', { replace: true });
    } catch {
      // The account exists now; only the automatic sign-in failed, so send the user to sign in by hand.
      message.warning('注册成功，请登录');
      const state: LoginLocationState = { phone };
      navigate('/login', { replace: true, state });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout
      title="注册"
      footer={
        <>
          已有账号？<Link to="/login">去登录</Link>
        </>
      }
    >
      <Form form={form} name="register" layout="vertical" onFinish={onFinish} scrollToFirstError>
        <FormAlert message={alert} onClose={() => setAlert(null)} />
        <PhoneField />
        <SmsCodeField form={form} purpose="register" />
        <Form.Item
          name="password"
          label="密码"
          dependencies={['phone']}
          required
          extra="8–64 位，须同时包含字母和数字，不含空格和手机号"
          rules={[({ getFieldValue }) => rule((value) => checkPassword(value, getFieldValue('phone') as string | undefined))]}
        >
          <Input.Password placeholder="设置登录密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认密码"
          dependencies={['password']}
          required
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.reject(new Error('请再次输入密码'));
                return value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'));
              },
            }),
          ]}
        >
          <Input.Password placeholder="再次输入密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="identity" label="身份" rules={[{ required: true, message: '请选择身份' }]}>
          <FormSelect placeholder="请选择身份" options={identities.map((i) => ({ value: i.value, label: i.label }))} />
        </Form.Item>
        <Form.Item name="nickname" label="昵称" rules={[rule(checkNickname)]} required>
          <Input placeholder="1–20 个字" maxLength={20} showCount />
        </Form.Item>
        <ConsentCheckbox />
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          注册
        </Button>
      </Form>
    </AuthLayout>
  );
}
