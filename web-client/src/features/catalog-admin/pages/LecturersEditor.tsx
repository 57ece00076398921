import { Button, Input, Space, Typography } from 'antd';
import { LECTURER_LIMITS, MAX_LECTURERS, newLecturerRow, type LecturerRow } from '../lecturers';

interface Props {
  rows: LecturerRow[];
  onChange: (rows: LecturerRow[]) => void;
}

/** 主讲人: one row per lecturer (name, 职称, 单位), added and removed here, sent with the course. */
export function LecturersEditor({ rows, onChange }: Props) {
  const update = (key: string, patch: Partial<LecturerRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="lecturers" style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
      <legend style={{ fontSize: 14, marginBottom: 8 }}>主讲人</legend>
      {rows.length === 0 && <Typography.Paragraph type="secondary">还没有主讲人</Typography.Paragraph>}
      {rows.map((row, i) => (
        <Space key={row.key} wrap align="start" style={{ marginBottom: 8 }} data-testid="lecturer-row">
          <Input aria-label={`第${i + 1}位主讲人姓名`} placeholder="姓名" value={row.name} maxLength={LECTURER_LIMITS.name}
            onChange={(e) => update(row.key, { name: e.target.value })} style={{ width: 120 }} />
          <Input aria-label={`第${i + 1}位主讲人职称`} placeholder="职称" value={row.title} maxLength={LECTURER_LIMITS.title}
            onChange={(e) => update(row.key, { title: e.target.value })} style={{ width: 120 }} />
          <Input aria-label={`第${i + 1}位主讲人单位`} placeholder="单位" value={row.affiliation} maxLength={LECTURER_LIMITS.affiliation}
            onChange={(e) => update(row.key, { affiliation: e.target.value })} style={{ width: 200 }} />
          <Button onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>删除主讲人</Button>
        </Space>
      ))}
      <div>
        <Button onClick={() => onChange([...rows, newLecturerRow()])} disabled={rows.length >= MAX_LECTURERS}>添加主讲人</Button>
      </div>
    </fieldset>
  );
}
