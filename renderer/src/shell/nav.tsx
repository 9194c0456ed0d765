import {
  AppstoreOutlined,
  BarChartOutlined,
  CalendarOutlined,
  HomeOutlined,
  ImportOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavArea {
  key: string;
  label: string;
  icon: ReactNode;
  /** Only areas whose pages work are enabled. */
  enabled: boolean;
}

export const navAreas: NavArea[] = [
  { key: '/home', label: '工作台', icon: <HomeOutlined />, enabled: true },
  { key: '/ledgers', label: '重点人群', icon: <AppstoreOutlined />, enabled: true },
  { key: '/cadres', label: '干部签到', icon: <TeamOutlined />, enabled: true },
  { key: '/rosters', label: '值班排班', icon: <CalendarOutlined />, enabled: true },
  { key: '/transfer', label: '导入导出', icon: <ImportOutlined />, enabled: true },
  { key: '/stats', label: '统计', icon: <BarChartOutlined />, enabled: true },
  { key: '/settings', label: '设置', icon: <SettingOutlined />, enabled: true },
];
