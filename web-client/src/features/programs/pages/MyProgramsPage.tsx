import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { AppLayout } from '../../../shared/layout/AppLayout';
import { ProgramNav } from '../components/ProgramNav';
import { QueryState } from '../components/QueryState';
import { useMyPrograms } from '../programsApi';
import { formatWindow, statusLabel } from '../programs';

/** 我的培训: the programs I am enrolled in, with their windows and status. */
export function MyProgramsPage() {
  const mine = useMyPrograms();
  return (
    <AppLayout title="我的培训">
      <ProgramNav />
      {!mine.data && <QueryState query={mine} />}
      {mine.data && mine.data.length === 0 && (
        <Empty description={<Link to="/programs">还没有报名培训，去看看</Link>} />
      )}
      {mine.data && mine.data.length > 0 && (
        <List
          dataSource={mine.data}
          rowKey="programId"
          renderItem={(p) => (
            <List.Item>
              <Card size="small" className="program-card">
                <Link to={`/programs/${p.programId}`} className="program-card__title" id={`my-program-${p.programId}`}>
                  {p.title}
                </Link>
                <Typography.Paragraph type="secondary" className="program-card__meta">
                  学习时间：{formatWindow(p.startsOn, p.endsOn)}
                </Typography.Paragraph>
                <Tag>{statusLabel(p.status)}</Tag>
                <Link to={`/programs/${p.programId}/progress`} aria-describedby={`my-program-${p.programId}`}>查看学习进度</Link>
              </Card>
            </List.Item>
          )}
        />
      )}
    </AppLayout>
  );
}
