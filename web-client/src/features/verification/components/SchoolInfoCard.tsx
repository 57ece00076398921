import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api';
import type { AddSchool } from '../../../api/xueshi-client';
import { toProblem } from '../../../shared/problem/problem';
import { schoolSystemLabel } from '../../../shared/directory/schoolSystems';
import { SchoolFormModal } from '../../../shared/directory/SchoolFormModal';

/** The school admin's school, and 修正学校信息 (name, 学制). */
export function SchoolInfoCard({ schoolId }: { schoolId: string }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const school = useQuery({ queryKey: ['school', schoolId], queryFn: () => api.getSchool(schoolId) });
  const correct = useMutation({
    mutationFn: (input: AddSchool) => api.correctSchool(schoolId, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(['school', schoolId], saved);
      void queryClient.invalidateQueries({ queryKey: ['me', 'admin-scopes'] });
    },
  });

  return (
    <Card
      size="small"
      title="学校信息"
      className="console-card"
      extra={
        school.data && !school.data.isOther ? (
          <Button size="small" onClick={() => setEditing(true)}>
            修正学校信息
          </Button>
        ) : undefined
      }
    >
      {school.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {school.isError && <Alert type="error" showIcon message={toProblem(school.error).title} />}
      {school.data && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label="学校名称">
            <span data-testid="school-name">{school.data.name}</span>
            {school.data.isOther && <Tag style={{ marginLeft: 8 }}>其他</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="学制">{schoolSystemLabel(school.data.schoolSystem)}</Descriptions.Item>
          <Descriptions.Item label="所在地区">{school.data.regionPath.join(' / ')}</Descriptions.Item>
        </Descriptions>
      )}
      <SchoolFormModal
        open={editing}
        title="修正学校信息"
        initial={school.data ? { name: school.data.name, schoolSystem: school.data.schoolSystem } : undefined}
        onSubmit={(input) => correct.mutateAsync(input)}
        onClose={() => setEditing(false)}
      />
    </Card>
  );
}
