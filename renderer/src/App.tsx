import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { AppLayout } from './shell/AppLayout';
import { CommunitiesPrint } from './pages/settings/communities/CommunitiesPrint';
import { SettingsPage } from './pages/settings/SettingsPage';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/settings/communities" replace /> },
      { path: 'settings/:tab?', element: <SettingsPage /> },
    ],
  },
  // Print views: no navigation around them; a hidden window or frame prints them.
  { path: '/print/communities', element: <CommunitiesPrint /> },
]);

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif' } }}
    >
      <AntApp style={{ height: "100%" }}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
