import { Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { AttendancePanel } from './attendance/AttendancePanel';
import { OrgPanel } from './org/OrgPanel';
import { RosterPanel } from './roster/RosterPanel';
import { SheetsPanel } from './sheets/SheetsPanel';
import { SigninPanel } from './signin/SigninPanel';

const tabs = [
  { key: 'roster', label: '人员名册', children: <RosterPanel /> },
  { key: 'signin', label: '今日签到', children: <SigninPanel /> },
  { key: 'sheets', label: '签到表打印', children: <SheetsPanel /> },
  { key: 'attendance', label: '考勤统计', children: <AttendancePanel /> },
  { key: 'org', label: '组织', children: <OrgPanel /> },
];

/** 干部签到: the registry, the day's sign-ins, printed sheets, the month's report, the organisation. */
export function CadresPage() {
  const { tab = 'signin' } = useParams();
  const navigate = useNavigate();
  return <Tabs activeKey={tab} items={tabs} onChange={(key) => navigate(`/cadres/${key}`)} destroyOnHidden />;
}
