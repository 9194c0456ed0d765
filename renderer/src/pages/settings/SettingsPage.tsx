import { Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { AuditPanel } from './audit/AuditPanel';
import { CommunitiesPanel } from './communities/CommunitiesPanel';
import { KindsPanel } from './kinds/KindsPanel';
import { StreetInfoPanel } from './StreetInfoPanel';

const tabs = [
  { key: 'street', label: '街道信息', children: <StreetInfoPanel /> },
  { key: 'communities', label: '社区与网格', children: <CommunitiesPanel /> },
  { key: 'kinds', label: '台账类型', children: <KindsPanel /> },
  { key: 'audit', label: '操作日志', children: <AuditPanel /> },
];

export function SettingsPage() {
  const { tab = 'communities' } = useParams();
  const navigate = useNavigate();
  return <Tabs activeKey={tab} items={tabs} onChange={(key) => navigate(`/settings/${key}`)} />;
}
