import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { RuleSet } from '../../../api/xueshi-client';
import { CreditStatementView } from '../../../shared/credit/CreditStatementView';
import { toProblem } from '../../../shared/problem/problem';
import { creditRulesApi } from '../creditRulesApi';

/** 预览: the statement a real teacher would see under the rules on screen (saved or not), stored nowhere. */
export function RulePreview({ programId, currentRuleSet }: { programId: string; currentRuleSet: () => RuleSet }) {
  const [phone, setPhone] = useState('');
  const preview = useMutation({ mutationFn: (p: string) => creditRulesApi.preview(programId, p, currentRuleSet()) });
  return (
    <Card size="small" className="console-card" title="预览" data-testid="rule-preview">
      <Typography.Paragraph type="secondary">输入教师的手机号，查看按当前编辑的规则，该教师的学习进度页会显示什么（不会保存，查询会记入审计日志）。</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
        <Input id="preview-phone" aria-label="教师手机号" inputMode="numeric" maxLength={11} placeholder="教师手机号" value={phone} onChange={(e) => setPhone(e.target.value.trim())} />
        <Button type="primary" loading={preview.isPending} disabled={phone.length < 11} onClick={() => preview.mutate(phone)}>预览</Button>
      </Space.Compact>
      {preview.isError && <Alert style={{ marginTop: 12 }} type="error" showIcon message={toProblem(preview.error).title} />}
      {preview.data && (
        <div style={{ marginTop: 12 }}>
          <CreditStatementView view={preview.data} />
        </div>
      )}
    </Card>
  );
}
