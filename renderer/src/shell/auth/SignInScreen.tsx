import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AuthStatus } from '../../../../shared/domain/operators/types';
import { call } from '../../api';

interface Props {
  status: AuthStatus;
  /** Over the app (the lock): opaque, so nothing personal shows through. */
  overlay?: boolean;
}

/** Sign-in, or unlocking after the idle lock (the name is filled in, the password asked). */
export function SignInScreen({ status, overlay }: Props) {
  const client = useQueryClient();
  const [form] = Form.useForm<{ name: string; password: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(status.retryAfterSeconds);

  useEffect(() => setWait(status.retryAfterSeconds), [status.retryAfterSeconds]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setWait((w) => w - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [wait]);

  const submit = async (values: { name: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const next = await call('auth.login', values);
      client.setQueryData(['auth.status', {}], next);
      // Everything read while locked failed: read it again.
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth.status' });
    } catch (e) {
      // The message shows together with the wait and the ready button, so a try typed at once is not lost.
      const after = await call('auth.status', {}).catch(() => null);
      if (after) setWait(after.retryAfterSeconds);
      setError((e as Error).message);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  const locked = overlay && status.operator;
  return (
    <div
      role="dialog"
      aria-modal
      aria-label={locked ? '已锁定' : '登录'}
      style={{
        position: overlay ? 'fixed' : 'relative',
        inset: 0,
        zIndex: 2000,
        height: '100%',
        background: '#f0f2f5',
        display: 'grid',
        placeItems: 'center',
      }}
    >
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          街道台账
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {locked ? `已锁定。请 ${status.operator!.name} 输入密码解锁，或换其他操作员登录。` : '请登录。'}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ name: status.operator?.name ?? '' }}
          requiredMark={false}
        >
          <Form.Item label="操作员" name="name" rules={[{ required: true, message: '请填写操作员姓名' }]}>
            <Input prefix={<UserOutlined />} aria-label="操作员" autoFocus={!locked} autoComplete="username" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password
              prefix={<LockOutlined />}
              aria-label="密码"
              autoFocus={!!locked}
              autoComplete="current-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} disabled={wait > 0}>
            {wait > 0 ? `请 ${wait} 秒后再试` : locked ? '解锁' : '登录'}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
