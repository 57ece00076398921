import { useState } from 'react';
import { App, Button, Form, Input, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router-dom';
import type { AccountIdentity } from '../../../api/xueshi-client';
import { api, authFetch } from '../../../shared/api/api';
import { meQueryKey, useMe } from '../../../shared/api/queries';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { checkNickname, rule } from '../../../shared/forms/validation';
import { AuthLayout } from '../../../shared/layout/AuthLayout';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import { toProblem } from '../../../shared/problem/problem';
import { identities } from '../../account/identity';
import { ConsentCheckbox } from '../components/ConsentCheckbox';
import { OUTDATED_MESSAGE, VERSIONS_OUTDATED, useLegalDocuments, versionsOf } from '../legalDocuments';

interface ConsentValues {
  identity?: AccountIdentity;
  nickname?: string;
  consent: boolean;
}

const FIELDS = ['identity', 'nickname'] as const;

/**
 * Before anything else: an account from an SMS sign-up chooses its identity and nickname and agrees
 * to the documents; an account asked again after a new version only agrees. The server refuses
 * everything else until then (403 accounts.consent_required); this page is how the person gets past.
 */
export function ConsentPage() {
  const me = useMe();
  const documents = useLegalDocuments();
  const [form] = Form.useForm<ConsentValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  if (me.isPending) return <Spin />;
  if (me.data && !me.data.basicsRequired && !me.data.consentRequired) return <Navigate to="/me" replace />;
  const basics = me.data?.basicsRequired === true;

  const onFinish = async (v: ConsentValues) => {
    const versions = versionsOf(documents.data);
    if (!versions) {
      setAlert('文档加载中，请稍后再试');
      return;
    }
    setSubmitting(true);
    setAlert(null);
    try {
      if (basics) await api.chooseBasics({ identity: v.identity!, nickname: v.nickname!.trim(), ...versions });
      else await api.giveConsent(versions);
      // The access token learns the consent at its next refresh; take it now so the next page is open.
      await authFetch.refreshTokens();
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      message.success(basics ? '设置成功' : '已同意');
      navigate('/me', { replace: true });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === VERSIONS_OUTDATED) {
        await documents.refetch();
        form.setFieldsValue({ consent: false });
        setAlert(OUTDATED_MESSAGE);
      } else {
        const feedback = problemToFormFeedback(problem, FIELDS);
        form.setFields(feedback.fields);
        setAlert(feedback.alert);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={basics ? '完善基本信息' : '用户协议和隐私政策已更新'}>
      <Form form={form} name="consent" layout="vertical" onFinish={onFinish} requiredMark={false}>
        <FormAlert message={alert} onClose={() => setAlert(null)} />
        {basics ? (
          <>
            <p className="consent-intro">欢迎使用学时。请先选择身份、填写昵称，并阅读同意用户协议和隐私政策。</p>
            <Form.Item name="identity" label="身份" rules={[{ required: true, message: '请选择身份' }]}>
              <FormSelect placeholder="请选择身份" options={identities.map((i) => ({ value: i.value, label: i.label }))} />
            </Form.Item>
            <Form.Item name="nickname" label="昵称" rules={[rule(checkNickname)]}>
              <Input placeholder="1–20 个字" maxLength={20} showCount />
            </Form.Item>
          </>
        ) : (
          <p className="consent-intro">我们更新了用户协议和隐私政策，请阅读后同意，方可继续使用。</p>
        )}
        <ConsentCheckbox />
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          {basics ? '进入学时' : '同意并继续'}
        </Button>
      </Form>
    </AuthLayout>
  );
}
