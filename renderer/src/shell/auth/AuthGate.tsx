import { useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { authEvents, SESSION_LOST } from './authEvents';
import { IdleLock } from './IdleLock';
import { SetupScreen } from './SetupScreen';
import { SignInScreen } from './SignInScreen';
import { useAuthStatus } from './useAuth';

/**
 * Shows setup on the first start, the sign-in screen when nobody is signed in, and a lock screen
 * over the app when it locks. The app stays mounted under the lock, so a half-filled form survives.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const status = useAuthStatus();
  const client = useQueryClient();

  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: ['auth.status'] });
    authEvents.addEventListener(SESSION_LOST, refresh);
    return () => authEvents.removeEventListener(SESSION_LOST, refresh);
  }, [client]);

  if (!status.data) {
    return (
      <div style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
        <Spin tip={status.error ? status.error.message : '正在打开…'} size="large">
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  const { needsSetup, operator, locked } = status.data;
  if (needsSetup) return <SetupScreen damagedAt={status.data.damagedAt} />;
  if (!operator) return <SignInScreen status={status.data} />;
  return (
    <>
      {children}
      {locked ? <SignInScreen status={status.data} overlay /> : <IdleLock minutes={status.data.idleLockMinutes} />}
    </>
  );
}
