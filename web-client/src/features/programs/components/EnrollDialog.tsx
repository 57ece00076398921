import { useState } from 'react';
import { Alert, Button, Descriptions, Modal, Skeleton, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EnrollmentResponse } from '../../../api/xueshi-client';
import { missingFieldLabels } from '../../../shared/profile/profileFields';
import { toProblem } from '../../../shared/problem/problem';
import { programKeys, programsApi } from '../programsApi';
import { type RefusalView, refusalFromCheck, refusalFromError } from '../programs';

export function RefusalAlert({ refusal }: { refusal: RefusalView }) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="enroll-refusal"
      message={refusal.message}
      description={
        refusal.redirect ? (
          <Link to={`/programs/${refusal.redirect.programId}`}>前往：{refusal.redirect.title}</Link>
        ) : refusal.switchIdentity ? (
          <Link to="/me">到“我的”将身份切换为教师</Link>
        ) : undefined
      }
    />
  );
}

interface Props {
  programId: string;
  open: boolean;
  onClose: () => void;
}

/** 立即报名: the profile for checking (报名时请注意核实个人信息), what is still missing, then enroll. */
export function EnrollDialog({ programId, open, onClose }: Props) {
  const queryClient = useQueryClient();
  const check = useQuery({ queryKey: programKeys.check(programId), queryFn: () => programsApi.checkEnrollment(programId), enabled: open });
  const [result, setResult] = useState<EnrollmentResponse>();
  const [refusal, setRefusal] = useState<RefusalView>();
  const enroll = useMutation({
    mutationFn: () => programsApi.enroll(programId),
    onSuccess: async (response) => {
      setResult(response);
      setRefusal(undefined);
      await queryClient.invalidateQueries({ queryKey: ['programs', programId] });
      await queryClient.invalidateQueries({ queryKey: programKeys.mine });
    },
    onError: (error) => setRefusal(refusalFromError(error)),
  });

  const data = check.data;
  const shownRefusal = refusal ?? (data?.refusal ? refusalFromCheck(data.refusal) : undefined);
  const missing = data ? missingFieldLabels(data.missingFields) : [];

  return (
    <Modal
      open={open}
      title="报名"
      onCancel={onClose}
      footer={
        result ? (
          <Button type="primary" onClick={onClose}>
            开始学习
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={enroll.isPending} disabled={!data?.canEnroll} onClick={() => enroll.mutate()}>
              确认报名
            </Button>
          </Space>
        )
      }
    >
      {check.isPending && <Skeleton active />}
      {check.isError && <Alert type="error" showIcon message={toProblem(check.error).title} />}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text strong>报名时请注意核实个人信息</Typography.Text>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="姓名">{data.profile.realName ?? '未填写'}</Descriptions.Item>
            <Descriptions.Item label="证件号码">{data.profile.idNumberMasked ?? '未填写'}</Descriptions.Item>
            <Descriptions.Item label="所在学校">
              {data.profile.schoolName ? [...data.profile.regionPath, data.profile.schoolName].join(' ') : '未填写'}
            </Descriptions.Item>
            <Descriptions.Item label="学段学科">
              {[data.profile.stage, data.profile.subject].filter(Boolean).join(' ') || '未填写'}
            </Descriptions.Item>
            <Descriptions.Item label="职称">{data.profile.title ?? '未填写'}</Descriptions.Item>
          </Descriptions>
          {missing.length > 0 && (
            <Alert
              type="info"
              showIcon
              data-testid="enroll-missing"
              message="请完善个人信息后再进入学习，否则无法认定培训学时"
              description={
                <>
                  待完善：{missing.join('、')}。<Link to="/me/profile">去完善个人信息</Link>
                </>
              }
            />
          )}
          {data.profile.isOtherSchool && (
            <Alert type="info" showIcon message="您的学校为“其他”：区县添加您的学校后，请到个人信息中重新选择所在学校。" />
          )}
          {shownRefusal && !result && <RefusalAlert refusal={shownRefusal} />}
          {result && (
            <Alert
              type="success"
              showIcon
              data-testid="enroll-done"
              message={result.enrolledThroughProgramTitle ? `已通过“${result.enrolledThroughProgramTitle}”报名` : '报名成功'}
            />
          )}
        </Space>
      )}
    </Modal>
  );
}
