import { useState } from 'react';
import { Alert, Button, Card, Form, Skeleton, Steps, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { PhoneField } from '../../../shared/forms/PhoneField';
import { SmsCodeField } from '../../../shared/forms/SmsCodeField';
import { api } from '../../../shared/api/api';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import type { LoginLocationState } from '../../../shared/session/loginState';
import { toProblem } from '../../../shared/problem/problem';
import { useMe } from '../../../shared/api/queries';
import { useAuthActions } from '../../../shared/session/useAuth';

interface RebindValues {
  oldPhoneCode: string;
  newPhone: string;
  newPhoneCode: string;
}

const FIELDS = ['oldPhoneCode', 'newPhone', 'newPhoneCode'] as const;
const CODE_FIELDS = { 'accounts.phone_taken': 'newPhone' } as const;

export const NEW_PHONE_NOTICE = '手机号已更换，请使用新手机号登录';

/** 换绑手机: a code to the current phone, then the new phone and its code; every session then ends. */
export function PhoneRebindPage() {
  const [form] = Form.useForm<RebindValues>();
  const navigate = useNavigate();
  const me = useMe();
  const { signOutLocally } = useAuthActions();
  const [step, setStep] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const next = async () => {
    try {
      await form.validateFields(['oldPhoneCode']);
      setStep(1);
    } catch {
      // the field shows what is wrong
    }
  };

  const onFinish = async (v: RebindValues) => {
    setSubmitting(true);
    setAlert(null);
    try {
      const { phone } = await api.rebindPhone({ oldPhoneCode: v.oldPhoneCode.trim(), newPhone: v.newPhone.trim(), newPhoneCode: v.newPhoneCode.trim() });
      // The server has ended every session of the account, this one included.
      signOutLocally();
      // Signing out sends this guarded page to /login at once; replacing that entry afterwards
      // brings the notice and the new number, and drops the way back to this page.
      const state: LoginLocationState = { phone, notice: NEW_PHONE_NOTICE };
      setTimeout(() => navigate('/login', { replace: true, state }), 0);
    } catch (error) {
      const feedback = problemToFormFeedback(toProblem(error), FIELDS, CODE_FIELDS);
      form.setFields(feedback.fields);
      setAlert(feedback.alert);
      if (feedback.fields.some((f) => f.name === 'oldPhoneCode')) setStep(0);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AppLayout title="换绑手机" back="/me">
      <Card className="page__card">
        {me.isPending && <Skeleton active />}
        {me.isError && <Alert type="error" showIcon message={toProblem(me.error).title} />}
        {me.data && (
          <>
            <Steps size="small" current={step} items={[{ title: '验证原手机号' }, { title: '绑定新手机号' }]} className="rebind-steps" />
            <Form form={form} name="rebind-phone" layout="vertical" onFinish={onFinish}>
              <FormAlert message={alert} onClose={() => setAlert(null)} />
              <div hidden={step !== 0}>
                <Typography.Paragraph>
                  验证码将发送到当前手机号 <Typography.Text strong>{me.data.phone}</Typography.Text>
                </Typography.Paragraph>
                <SmsCodeField form={form} purpose="rebindOldPhone" fixedPhone={me.data.phone} name="oldPhoneCode" label="原手机号验证码" />
                <Button type="primary" block size="large" onClick={() => void next()}>
                  下一步
                </Button>
              </div>
              <div hidden={step !== 1}>
                <PhoneField name="newPhone" label="新手机号" />
                <SmsCodeField form={form} purpose="rebindNewPhone" phoneField="newPhone" name="newPhoneCode" label="新手机号验证码" />
                <Typography.Paragraph type="secondary">换绑成功后，所有设备上的登录都将退出，请使用新手机号重新登录。</Typography.Paragraph>
                <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
                  确认换绑
                </Button>
                <Button type="link" block onClick={() => setStep(0)}>
                  上一步
                </Button>
              </div>
            </Form>
            <div className="page__footer">
              <Link to="/phone-rebinding-request">原手机号已停用？</Link>
            </div>
          </>
        )}
      </Card>
    </AppLayout>
  );
}
