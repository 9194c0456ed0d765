import { App, Button, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_NOTES, ROLES, type Operator, type Role } from '../../../../../shared/domain/operators/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { AddOperatorDialog } from './AddOperatorDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

/** 设置 → 操作员: who may use the app, and with which role. */
export function OperatorsPanel() {
  const { message } = App.useApp();
  const list = useApiQuery('operators.list', {});
  const update = useApiMutation('operators.update', ['operators', 'auth']);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<Operator | null>(null);

  const change = (op: Operator, patch: { role?: Role; disabled?: boolean }) =>
    update.mutate({ id: op.id, ...patch }, { onSuccess: () => void message.success(`已修改“${op.name}”`) });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space>
        <Button type="primary" onClick={() => setAdding(true)}>
          添加操作员
        </Button>
        <Typography.Text type="secondary">{ROLES.map((r) => `${r}：${ROLE_NOTES[r]}`).join('；')}</Typography.Text>
      </Space>
      <Table<Operator>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          {
            title: '角色',
            dataIndex: 'role',
            render: (role: Role, op) => (
              <Select<Role>
                aria-label={`${op.name}的角色`}
                value={role}
                style={{ width: 120 }}
                options={ROLES.map((r) => ({ value: r, label: r }))}
                onChange={(next) => change(op, { role: next })}
              />
            ),
          },
          {
            title: '状态',
            dataIndex: 'disabled',
            render: (disabled: boolean, op) => (
              <Space>
                <Switch
                  aria-label={`${op.name}启用`}
                  checked={!disabled}
                  onChange={(on) => change(op, { disabled: !on })}
                />
                {disabled ? <Tag>已停用</Tag> : <Tag color="green">启用</Tag>}
              </Space>
            ),
          },
          { title: '上次登录', dataIndex: 'lastLoginAt', render: (t: string | null) => t ?? '从未登录' },
          {
            title: '操作',
            render: (_, op) => (
              <Button size="small" onClick={() => setResetting(op)}>
                重设密码
              </Button>
            ),
          },
        ]}
      />
      {adding && <AddOperatorDialog onClose={() => setAdding(false)} />}
      {resetting && <ResetPasswordDialog operator={resetting} onClose={() => setResetting(null)} />}
    </Space>
  );
}
