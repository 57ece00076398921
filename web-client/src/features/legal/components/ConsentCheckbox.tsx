import { Checkbox, Form } from 'antd';
import { Link } from 'react-router-dom';
import { legalPaths } from '../legalDocuments';

export const CONSENT_REQUIRED_MESSAGE = '请阅读并同意《用户协议》和《隐私政策》';

/**
 * 我已阅读并同意《用户协议》和《隐私政策》, as on the manuals' login and registration pages. The
 * documents open in a new tab so the form keeps what was typed (links inside a label do not tick it).
 */
export function ConsentCheckbox({ name = 'consent' }: { name?: string }) {
  return (
    <Form.Item
      name={name}
      valuePropName="checked"
      className="consent-checkbox"
      rules={[
        {
          validator: (_, value: boolean | undefined) =>
            value ? Promise.resolve() : Promise.reject(new Error(CONSENT_REQUIRED_MESSAGE)),
        },
      ]}
    >
      <Checkbox>
        我已阅读并同意
        <Link to={legalPaths.userAgreement} target="_blank" rel="noopener">
          《用户协议》
        </Link>
        和
        <Link to={legalPaths.privacyPolicy} target="_blank" rel="noopener">
          《隐私政策》
        </Link>
      </Checkbox>
    </Form.Item>
  );
}
