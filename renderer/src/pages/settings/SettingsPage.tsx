import { Alert, Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { AuditPanel } from './audit/AuditPanel';
import { BackupPanel } from './backup/BackupPanel';
import { CommunitiesPanel } from './communities/CommunitiesPanel';
import { KindsPanel } from './kinds/KindsPanel';
import { StreetInfoPanel } from './StreetInfoPanel';
import { OperatorsPanel } from './operators/OperatorsPanel';
import { PrivacyPanel } from './privacy/PrivacyPanel';
import { TalliesPanel } from './tallies/TalliesPanel';
import { useCan } from '../../shell/auth/useAuth';

const tabs = [
  { key: 'street', label: '街道信息', children: <StreetInfoPanel /> },
  { key: 'communities', label: '社区与网格', children: <CommunitiesPanel /> },
  { key: 'kinds', label: '台账类型', children: <KindsPanel /> },
  { key: 'tallies', label: '工作量项目', children: <TalliesPanel /> },
  { key: 'operators', label: '操作员', children: <OperatorsPanel /> },
  { key: 'privacy', label: '隐私与保留', children: <PrivacyPanel /> },
  { key: 'backup', label: '备份与恢复', children: <BackupPanel /> },
  { key: 'audit', label: '操作日志', children: <AuditPanel /> },
];

export function SettingsPage() {
  const { tab = 'communities' } = useParams();
  const navigate = useNavigate();
  if (!useCan().admin) {
    return <Alert type="info" showIcon title="设置只有管理员可以查看和修改。修改自己的密码请点右上角的操作员姓名。" />;
  }
  return <Tabs activeKey={tab} items={tabs} onChange={(key) => navigate(`/settings/${key}`)} />;
}
