import { DownOutlined, LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Space } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { PasswordDialog } from './PasswordDialog';
import { useAuthStatus } from './useAuth';

/** The operator in the title bar: lock (Ctrl+L), change password, sign out. */
export function OperatorMenu() {
  const status = useAuthStatus();
  const client = useQueryClient();
  const [changing, setChanging] = useState(false);
  const operator = status.data?.operator;

  const act = (method: 'auth.lock' | 'auth.logout') =>
    void call(method, {}).then((next) => {
      client.setQueryData(['auth.status', {}], next);
      // After signing out nothing read before may stay on screen or in memory.
      if (method === 'auth.logout') client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth.status' });
    });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        act('auth.lock');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!operator) return null;
  return (
    <Space>
      <Dropdown
        menu={{
          items: [
            { key: 'password', label: '修改密码' },
            { key: 'logout', label: '退出登录' },
          ],
          onClick: ({ key }) => (key === 'password' ? setChanging(true) : act('auth.logout')),
        }}
      >
        <Button type="text" data-testid="operator">
          操作员：{operator.name}（{operator.role}） <DownOutlined />
        </Button>
      </Dropdown>
      <Button icon={<LockOutlined />} onClick={() => act('auth.lock')} title="锁定（Ctrl+L）">
        锁定
      </Button>
      {changing && <PasswordDialog onClose={() => setChanging(false)} />}
    </Space>
  );
}
