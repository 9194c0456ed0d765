import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api';
import { confirmRule } from './confirmRule';

interface Values {
  name: string;
  password: string;
  confirm: string;
}

/** The first start: the person setting the app up becomes its administrator. */
export function SetupScreen({ damagedAt }: { damagedAt: string | null }) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ name, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      client.setQueryData(['auth.status', {}], await call('auth.setup', { name, password }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ height: '100%', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          首次使用：创建管理员
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          台账里有居民的身份证号和健康信息。请先设置管理员的姓名和密码；之后可在“设置 → 操作员”里为其他同事开账号。
        </Typography.Paragraph>
        {damagedAt && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`${damagedAt} 启动时发现数据文件已损坏，已移到一旁并换成空文件。`}
            description="请先在这里创建一个管理员登录，再按页面上方的提示从备份恢复；恢复后请用原来的账号登录。"
          />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Values> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="管理员姓名"
            name="name"
            rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
          >
            <Input aria-label="管理员姓名" maxLength={20} autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[
              { required: true, message: '请设置密码' },
              { min: 6, message: '密码至少 6 位' },
            ]}
          >
            <Input.Password aria-label="密码" autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="再输一次密码"
            name="confirm"
            dependencies={['password']}
            rules={[{ required: true, message: '请再输一次密码' }, confirmRule('password')]}
          >
            <Input.Password aria-label="再输一次密码" autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            创建并进入
          </Button>
        </Form>
      </Card>
    </div>
  );
}
