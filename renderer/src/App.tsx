import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { CadresPage } from './pages/cadres/CadresPage';
import { SigninSheetPrint } from './pages/cadres/sheets/SigninSheetPrint';
import { DialysisTodayPrint } from './pages/home/DialysisTodayPrint';
import { HomePage } from './pages/home/HomePage';
import { LedgersPage } from './pages/ledgers/LedgersPage';
import { RosterDayPrint } from './pages/rosters/print/RosterDayPrint';
import { RosterPersonPrint } from './pages/rosters/print/RosterPersonPrint';
import { RosterWeekPrint } from './pages/rosters/print/RosterWeekPrint';
import { RostersPage } from './pages/rosters/RostersPage';
import { CommunitiesPrint } from './pages/settings/communities/CommunitiesPrint';
import { SettingsPage } from './pages/settings/SettingsPage';
import { DailyReportPrint } from './pages/stats/report/DailyReportPrint';
import { StatsPage } from './pages/stats/StatsPage';
import { TransferPage } from './pages/transfer/TransferPage';
import { AppLayout } from './shell/AppLayout';
import { AuthGate } from './shell/auth/AuthGate';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/home" replace /> },
      { path: 'home', element: <HomePage /> },
      // ?entry=ID opens that entry's drawer: every item elsewhere that names an entry links here.
      { path: 'ledgers/:kind?', element: <LedgersPage /> },
      // ?kind=pregnant preselects the ledger the file goes to.
      { path: 'transfer', element: <TransferPage /> },
      { path: 'cadres/:tab?', element: <CadresPage /> },
      { path: 'rosters/:tab?', element: <RostersPage /> },
      { path: 'stats/:tab?', element: <StatsPage /> },
      { path: 'settings/:tab?', element: <SettingsPage /> },
    ],
  },
  // Print views: no navigation around them; a hidden window or frame prints them.
  { path: '/print/communities', element: <CommunitiesPrint /> },
  { path: '/print/dialysis-today', element: <DialysisTodayPrint /> },
  { path: '/print/signin-sheet', element: <SigninSheetPrint /> },
  { path: '/print/roster-day', element: <RosterDayPrint /> },
  { path: '/print/roster-week', element: <RosterWeekPrint /> },
  { path: '/print/roster-person', element: <RosterPersonPrint /> },
  { path: '/print/daily-report', element: <DailyReportPrint /> },
]);

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      // No open/close animations: a dialog is ready the moment it shows, so keys typed at once are not
      // lost to a focus move when its animation ends.
      theme={{
        token: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif', motion: false },
      }}
    >
      <AntApp style={{ height: '100%' }}>
        <QueryClientProvider client={queryClient}>
          <AuthGate>
            <RouterProvider router={router} />
          </AuthGate>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
