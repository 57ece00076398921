import { useState } from 'react';
import { Alert, App, Button, Form, Input, Result, Typography, Upload, type UploadFile } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { AuthLayout } from '../../../shared/layout/AuthLayout';
import { FormAlert } from '../../../shared/problem/FormAlert';
import { PhoneField } from '../../../shared/forms/PhoneField';
import { SmsCodeField } from '../../../shared/forms/SmsCodeField';
import { api } from '../../../shared/api/api';
import type { IdDocumentType, PhoneRebindRequestAccepted } from '../../../api/xueshi-client';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import { FALLBACK_ID_TYPES } from '../idTypes';
import { checkIdNumber, normalizeIdNumber, RESIDENT_ID } from '../../../shared/forms/idNumber';
import { checkPhoto } from '../photoCheck';
import { toProblem } from '../../../shared/problem/problem';
import { profileOptionsQueryKey } from '../../../shared/api/queries';
import { useSignedIn } from '../../../shared/session/useAuth';
import { FormSelect } from '../../../shared/forms/FormSelect';

interface RequestValues {
  realName: string;
  idType: IdDocumentType;
  idNumber: string;
  oldPhone: string;
  newPhone: string;
  newPhoneCode: string;
  photo: UploadFile[];
}

const FIELDS = ['realName', 'idType', 'idNumber', 'oldPhone', 'newPhone', 'newPhoneCode', 'photo'] as const;
const CODE_FIELDS = { 'accounts.sms_code_invalid': 'newPhoneCode', 'accounts.phone_taken': 'newPhone' } as const;

export const WATERMARK_ADVICE = '请上传手持证件的近照。可在照片上加水印，标注“仅限于账号换绑使用”。';

/** 原手机号已停用: a request the support team checks by hand; open to signed-out visitors. */
export function PhoneRebindRequestPage() {
  const [form] = Form.useForm<RequestValues>();
  const { message } = App.useApp();
  const signedIn = useSignedIn();
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<PhoneRebindRequestAccepted | null>(null);
  // The options may need a session; the fixed list is as good for this form.
  const options = useQuery({ queryKey: profileOptionsQueryKey, queryFn: () => api.getProfileOptions(), staleTime: Infinity, retry: false });
  const idTypes = options.data?.idTypes?.length ? options.data.idTypes : FALLBACK_ID_TYPES;

  const onFinish = async (v: RequestValues) => {
    const photo = v.photo?.[0]?.originFileObj;
    if (!photo) return;
    setSubmitting(true);
    setAlert(null);
    try {
      setReceipt(
        await api.submitPhoneRebindRequest({
          realName: v.realName.trim(),
          idType: v.idType,
          idNumber: normalizeIdNumber(v.idNumber),
          oldPhone: v.oldPhone.trim(),
          newPhone: v.newPhone.trim(),
          newPhoneCode: v.newPhoneCode.trim(),
          photo,
        }),
      );
    } catch (error) {
      const feedback = problemToFormFeedback(toProblem(error), FIELDS, CODE_FIELDS);
      form.setFields(feedback.fields);
      setAlert(feedback.alert);
    } finally {
      setSubmitting(false);
    }
  };

  const back = signedIn ? <Link to="/me">返回我的</Link> : <Link to="/login">返回登录</Link>;

  if (receipt) {
    return (
      <AuthLayout title="申请手机号换绑" footer={back}>
        <Result
          status="success"
          title="申请已提交"
          subTitle={
            <>
              申请编号：<Typography.Text copyable data-testid="rebind-request-id">{receipt.requestId}</Typography.Text>
              <br />
              客服核实信息后将为您换绑，请保持新手机号畅通，注意接听客服电话。
            </>
          }
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="申请手机号换绑" footer={back}>
      <Alert
        className="form-alert"
        type="info"
        showIcon
        message="原手机号已停用、无法接收验证码时，请提交以下信息，由客服人工核实后换绑。"
      />
      <Form form={form} name="rebind-request" layout="vertical" onFinish={onFinish} scrollToFirstError>
        <FormAlert message={alert} onClose={() => setAlert(null)} />
        <Form.Item name="realName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input placeholder="与证件一致" maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item name="idType" label="证件类型" initialValue={RESIDENT_ID} rules={[{ required: true, message: '请选择证件类型' }]}>
          <FormSelect options={idTypes} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label="证件号码"
          dependencies={['idType']}
          required
          normalize={(v: string | undefined) => (v ?? '').toUpperCase().replace(/\s/g, '')}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                const problem = checkIdNumber(getFieldValue('idType') as string | undefined, value);
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
              },
            }),
          ]}
        >
          <Input placeholder="请输入证件号码" maxLength={30} />
        </Form.Item>
        <PhoneField name="oldPhone" label="原手机号" />
        <PhoneField name="newPhone" label="新手机号" />
        <SmsCodeField form={form} purpose="rebindNewPhone" phoneField="newPhone" name="newPhoneCode" label="新手机号验证码" />
        <Form.Item
          name="photo"
          label="手持证件照片"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
          rules={[{ required: true, message: '请上传手持证件照片' }]}
          extra={WATERMARK_ADVICE + '支持 JPG、PNG，不超过 5 MB。'}
        >
          <Upload
            listType="picture-card"
            accept="image/jpeg,image/png"
            maxCount={1}
            beforeUpload={(file) => {
              const problem = checkPhoto(file);
              if (problem) {
                message.error(problem);
                return Upload.LIST_IGNORE;
              }
              return false; // sent with the form, not on its own
            }}
          >
            <button type="button" className="upload-button">
              + 上传照片
            </button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          提交申请
        </Button>
      </Form>
    </AuthLayout>
  );
}
