import { Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { CommunitiesPanel } from './communities/CommunitiesPanel';
import { StreetInfoPanel } from './StreetInfoPanel';

const tabs = [
  { key: 'street', label: '街道信息', children: <StreetInfoPanel /> },
  { key: 'communities', label: '社区与网格', children: <CommunitiesPanel /> },
];

export function SettingsPage() {
  const { tab = 'communities' } = useParams();
  const navigate = useNavigate();
  return <Tabs activeKey={tab} items={tabs} onChange={(key) => navigate(`/settings/${key}`)} />;
}
