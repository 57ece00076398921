import { useState } from 'react';
import { Alert, Button, Card, Descriptions, List, Modal, Skeleton, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { RuleSetStatus, RuleSetsView } from '../../../api/xueshi-client';
import { formatChinaDate } from '../../../shared/format/format';
import { toProblem } from '../../../shared/problem/problem';
import { creditRulesApi, creditRulesKeys } from '../creditRulesApi';
import { ruleSetLines } from '../ruleSummary';

export const RULE_STATUS_LABELS: Record<RuleSetStatus, { label: string; color: string }> = {
  draft: { label: '草稿', color: 'default' },
  published: { label: '已发布', color: 'blue' },
  superseded: { label: '已被替代', color: 'default' },
};

function VersionModal({ view, version, onClose }: { view: RuleSetsView; version: number; onClose: () => void }) {
  const query = useQuery({ queryKey: creditRulesKeys.version(view.programId, version), queryFn: () => creditRulesApi.version(view.programId, version) });
  const v = query.data;
  return (
    <Modal open title={`第 ${version} 版认定规则`} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={640}>
      {query.isPending && <Skeleton active />}
      {query.isError && <Alert type="error" showIcon message={toProblem(query.error).title} />}
      {v && (
        <div data-testid="rule-version">
          <p>
            <Tag color={RULE_STATUS_LABELS[v.status].color}>{RULE_STATUS_LABELS[v.status].label}</Tag>
            保存于 {formatChinaDate(v.savedAt)}{v.publishedAt && `，发布于 ${formatChinaDate(v.publishedAt)}`}
          </p>
          {v.ruleSet.description && <p>认定说明：{v.ruleSet.description}</p>}
          <Descriptions column={1} size="small" bordered
            items={ruleSetLines(v.ruleSet, view.courses).map((line, i) => ({ key: String(i), label: line.label, children: line.text }))} />
        </div>
      )}
    </Modal>
  );
}

/** 版本记录: every version, newest first; a past version is read, never edited. */
export function RuleSetHistory({ view }: { view: RuleSetsView }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Card size="small" className="console-card" title="版本记录" data-testid="rule-versions">
      {view.versions.length === 0 && <span>还没有保存过认定规则</span>}
      {view.versions.length > 0 && <List size="small" dataSource={view.versions} rowKey="version"
        renderItem={(v) => (
          <List.Item data-testid="rule-version-item"
            actions={[<Button key="read" size="small" autoInsertSpace={false} onClick={() => setOpen(v.version)} aria-label={`查看第 ${v.version} 版`}>查看</Button>]}>
            第 {v.version} 版 <Tag color={RULE_STATUS_LABELS[v.status].color}>{RULE_STATUS_LABELS[v.status].label}</Tag>
            {v.publishedAt ? `发布于 ${formatChinaDate(v.publishedAt)}` : `保存于 ${formatChinaDate(v.savedAt)}`}
          </List.Item>
        )} />}
      {open != null && <VersionModal view={view} version={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
