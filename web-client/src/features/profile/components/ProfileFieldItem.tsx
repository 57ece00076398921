import { Form, Input, InputNumber, Radio } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ProfileOption, ProfileOptionsResponse } from '../../../api/xueshi-client';
import { checkGenderAgreement, checkIdNumber } from '../../../shared/forms/idNumber';
import { FIELD_LABELS, formFieldOf, type ProfileFieldName } from '../../../shared/profile/profileFields';
import { LockOutlined } from '../../../shared/layout/icons';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { SchoolPicker } from './SchoolPicker';

export const LOCKED_EXPLANATION = '认证通过后不可修改，如需修改请先删除任教信息';

const OPTION_LISTS: Partial<Record<ProfileFieldName, keyof Omit<ProfileOptionsResponse, 'requiredFields'>>> = {
  idType: 'idTypes',
  gender: 'genders',
  ethnicity: 'ethnicities',
  politicalStatus: 'politicalStatuses',
  education: 'educations',
  teacherType: 'teacherTypes',
  stage: 'stages',
  subject: 'subjects',
  title: 'titles',
  itAbility: 'itAbilities',
};

const YES_NO_FIELDS = new Set<ProfileFieldName>(['isPsychologyTeacher', 'isHeadTeacher', 'isBackboneTeacher', 'isSubjectLeader', 'isResearcher']);

const THIS_YEAR = new Date().getFullYear();

// Form.Item marks a required field's control aria-required, which ARIA allows on a radiogroup but not on
// the plain <div> antd renders; antd passes the role through, though its props type omits it.
const RADIO_GROUP = { role: 'radiogroup' } as object;

interface Props {
  field: ProfileFieldName;
  options: ProfileOptionsResponse | undefined;
  required: boolean;
  locked: boolean;
}

function requiredRule(field: ProfileFieldName, choose: boolean): Rule {
  return { required: true, message: `请${choose ? '选择' : '填写'}${FIELD_LABELS[field]}` };
}

/** One field of 个人信息 with the control, rules and lock its kind calls for. */
export function ProfileFieldItem({ field, options, required, locked }: Props) {
  const label = FIELD_LABELS[field];
  const list: ProfileOption[] | undefined = OPTION_LISTS[field] ? options?.[OPTION_LISTS[field]!] : undefined;
  const choose = !!OPTION_LISTS[field] || YES_NO_FIELDS.has(field) || field === 'schoolId';
  const rules: Rule[] = [];
  // A locked field is not the user's to fix, so it is not validated either.
  if (!locked && required) rules.push(requiredRule(field, choose));
  if (!locked && field === 'idNumber') {
    rules.push(({ getFieldValue }) => ({
      validator: (_, value: string | undefined) => {
        if (!value) return Promise.resolve();
        const problem = checkIdNumber(getFieldValue('idType') as string | undefined, value);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    }));
  }
  if (field === 'gender') {
    rules.push(({ getFieldValue }) => ({
      validator: (_, value: string | undefined) => {
        const problem = checkGenderAgreement(getFieldValue('idType') as string | undefined, getFieldValue('idNumber') as string | undefined, value);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    }));
  }

  let control;
  if (field === 'schoolId') control = <SchoolPicker disabled={locked} />;
  else if (YES_NO_FIELDS.has(field))
    control = (
      <Radio.Group {...RADIO_GROUP} optionType="button" buttonStyle="solid" disabled={locked}>
        <Radio value={true}>是</Radio>
        <Radio value={false}>否</Radio>
      </Radio.Group>
    );
  else if (field === 'entryYear')
    control = <InputNumber min={1950} max={THIS_YEAR} precision={0} placeholder="如 2015" inputMode="numeric" style={{ width: '100%' }} disabled={locked} />;
  else if (field === 'honours') control = <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 6 }} disabled={locked} />;
  else if (OPTION_LISTS[field])
    control = (
      <FormSelect
        placeholder={`请选择${label}`}
        options={list}
        disabled={locked}
        showSearch={(list?.length ?? 0) > 8}
        optionFilterProp="label"
        loading={!options}
      />
    );
  else
    control = (
      <Input
        placeholder={`请输入${label}`}
        disabled={locked}
        maxLength={field === 'idNumber' ? 30 : 50}
        autoComplete={field === 'realName' ? 'name' : 'off'}
      />
    );

  return (
    <Form.Item
      name={formFieldOf(field)}
      label={
        <span>
          {label}
          {locked && (
            <span className="field-lock" data-testid={`locked-${field}`}>
              {' '}
              <LockOutlined />
            </span>
          )}
        </span>
      }
      required={required}
      rules={rules}
      dependencies={field === 'gender' ? ['idType', 'idNumber'] : field === 'idNumber' ? ['idType'] : undefined}
      extra={locked ? LOCKED_EXPLANATION : undefined}
      normalize={field === 'idNumber' ? (v: string | undefined) => (v ?? '').toUpperCase().replace(/\s/g, '') : undefined}
    >
      {control}
    </Form.Item>
  );
}
