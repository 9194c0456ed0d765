import { Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { DailyTallyPanel } from './daily/DailyTallyPanel';
import { DailyReportPanel } from './report/DailyReportPanel';

/**
 * 统计. Each tab is one view of the figures; 上级表格 and 报送记录 join this list as they
 * are built (no tab is shown before its page works).
 */
const tabs = [
  { key: 'daily', label: '每日工作量', children: <DailyTallyPanel /> },
  { key: 'report', label: '日报', children: <DailyReportPanel /> },
];

export function StatsPage() {
  const { tab = 'daily' } = useParams();
  const navigate = useNavigate();
  return <Tabs activeKey={tab} items={tabs} onChange={(key) => navigate(`/stats/${key}`)} destroyOnHidden />;
}
