import { Alert, Layout, Menu, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useApiQuery } from '../api';
import { DamagedDataBanner } from './DamagedDataBanner';
import { OperatorMenu } from './auth/OperatorMenu';
import { useCan } from './auth/useAuth';
import { navAreas } from './nav';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const settings = useApiQuery('settings.get', {});
  const { role } = useCan();
  const streetName = settings.data?.streetName || '';
  const title = streetName ? `${streetName} · 街道台账` : '街道台账';

  useEffect(() => {
    document.title = title;
  }, [title]);

  const selected = navAreas.find((a) => location.pathname.startsWith(a.key))?.key;

  return (
    <Layout style={{ height: '100%' }}>
      <Sider width={168} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>街道台账</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={navAreas.map((a) => ({
            key: a.key,
            icon: a.icon,
            label: a.label,
            disabled: !a.enabled,
            title: a.enabled ? a.label : `${a.label}（即将推出）`,
          }))}
          onClick={({ key }) => navigate(key)}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
          }}
        >
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="street-name">
            {streetName || '（未设置街道名称）'}
          </Typography.Title>
          <Space size="large">
            <span>{dayjs().format('YYYY年M月D日 dddd')}</span>
            <OperatorMenu />
          </Space>
        </Header>
        <DamagedDataBanner />
        {role === '查看' && (
          <Alert
            banner
            type="info"
            title="当前操作员是“查看”角色：可以查看和打印，不能修改；身份证号一律隐藏。"
            data-testid="read-only-banner"
          />
        )}
        <Content style={{ padding: 24, overflow: 'auto' }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
