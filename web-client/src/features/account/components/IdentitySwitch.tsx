import { useState } from 'react';
import { Alert, App, Button, Checkbox, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api';
import type { MeResponse } from '../../../api/xueshi-client';
import { identityLabel } from '../identity';
import { toProblem } from '../../../shared/problem/problem';
import { meQueryKey, profileQueryKey } from '../../../shared/api/queries';

export const STUDENT_DATA_WARNING = '切换为教师后，该学生身份的学习记录、班级等数据将被清空且无法恢复。';

/** 学生/家长 → 教师, the only switch a user makes alone; a student must accept losing the student's data. */
export function IdentitySwitch({ me }: { me: MeResponse }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const isStudent = me.identity === 'student';

  const switchIdentity = useMutation({
    mutationFn: () => api.switchIdentityToTeacher(isStudent && agreed),
    onSuccess: (updated) => {
      queryClient.setQueryData(meQueryKey, updated);
      void queryClient.invalidateQueries({ queryKey: profileQueryKey });
      setOpen(false);
      message.success('已切换为教师身份，请完善个人信息');
    },
  });

  const close = () => {
    setOpen(false);
    setAgreed(false);
    switchIdentity.reset();
  };

  return (
    <>
      <Button block onClick={() => setOpen(true)}>
        切换为教师身份
      </Button>
      <Modal
        open={open}
        title="切换为教师身份"
        okText="确认切换"
        cancelText="取消"
        onOk={() => switchIdentity.mutate()}
        onCancel={close}
        confirmLoading={switchIdentity.isPending}
        okButtonProps={{ disabled: isStudent && !agreed, danger: isStudent }}
      >
        <Typography.Paragraph>
          当前身份为“{identityLabel(me.identity)}”。切换为教师后可填写任教信息、参加教师研修；切换后不能自行改回。
        </Typography.Paragraph>
        {isStudent && (
          <>
            <Alert type="warning" showIcon message={STUDENT_DATA_WARNING} className="form-alert" />
            <Checkbox checked={agreed} onChange={(e) => setAgreed(e.target.checked)}>
              我已知晓，同意清空学生数据
            </Checkbox>
          </>
        )}
        {switchIdentity.isError && (
          <Alert type="error" showIcon message={toProblem(switchIdentity.error).title} style={{ marginTop: 12 }} />
        )}
      </Modal>
    </>
  );
}
