import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { tallySuggestions } from '../../../../../shared/domain/tallies/suggestions';
import type { TallyItem } from '../../../../../shared/domain/tallies/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { ItemDialog } from './ItemDialog';

/** 工作量项目: what the office counts each day (name, unit, order), entered under 统计 → 每日工作量. */
export function TalliesPanel() {
  const { message } = App.useApp();
  const list = useApiQuery('tallies.items', {});
  const add = useApiMutation('tallies.addItem');
  const update = useApiMutation('tallies.updateItem');
  const move = useApiMutation('tallies.moveItem');
  const remove = useApiMutation('tallies.removeItem');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [editing, setEditing] = useState<TallyItem | null>(null);
  const items = list.data ?? [];
  const taken = new Set(items.map((i) => i.name));

  const submit = () => {
    if (!name.trim()) return void message.warning('请先填写项目名称');
    if (!unit.trim()) return void message.warning('请填写计量单位，例如 户、人、件、处');
    add.mutate(
      { name, unit },
      { onSuccess: (item) => (setName(''), setUnit(''), void message.success(`已添加“${item.name}”`)) },
    );
  };

  const suggestions = tallySuggestions.filter((s) => !taken.has(s.name));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        这里定义每天按社区统计的工作量（不单独建档的数字），在 统计 → 每日工作量
        里逐日录入。已经填过数字的项目不能删除，可以停用。
      </Typography.Paragraph>
      <Space wrap>
        <Input
          placeholder="项目名称，例如 敲门入户户数"
          aria-label="新项目名称"
          value={name}
          maxLength={30}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={submit}
          style={{ width: 240 }}
        />
        <Input
          placeholder="单位，例如 户"
          aria-label="新项目单位"
          value={unit}
          maxLength={10}
          onChange={(e) => setUnit(e.target.value)}
          onPressEnter={submit}
          style={{ width: 120 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={submit} loading={add.isPending}>
          添加项目
        </Button>
      </Space>
      {suggestions.length > 0 && (
        <Space wrap size={[4, 8]}>
          <Typography.Text type="secondary">常用项目，点击添加：</Typography.Text>
          {suggestions.map((s) => (
            <Button
              key={s.name}
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              disabled={add.isPending}
              onClick={() => add.mutate(s, { onSuccess: (item) => void message.success(`已添加“${item.name}”`) })}
            >
              {s.name}（{s.unit}）
            </Button>
          ))}
        </Space>
      )}

      <Table<TallyItem>
        rowKey="id"
        loading={list.isLoading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: <Empty description="还没有工作量项目：在上面填写名称和单位，或点击常用项目添加" /> }}
        columns={[
          {
            title: '项目',
            dataIndex: 'name',
            render: (text: string, item) => (
              <Space>
                <Typography.Text strong delete={!item.active}>
                  {text}
                </Typography.Text>
                {!item.active && <Tag>已停用</Tag>}
              </Space>
            ),
          },
          { title: '单位', dataIndex: 'unit', width: 100 },
          {
            title: '启用',
            width: 100,
            render: (_, item) => (
              <Switch
                aria-label={`启用 ${item.name}`}
                checked={item.active}
                checkedChildren="启用"
                unCheckedChildren="停用"
                loading={update.isPending && update.variables?.id === item.id}
                onChange={(active) => update.mutate({ id: item.id, active })}
              />
            ),
          },
          {
            title: '排序',
            width: 110,
            render: (_, item, index) => (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={`上移 ${item.name}`}
                  disabled={index === 0 || move.isPending}
                  onClick={() => move.mutate({ id: item.id, direction: 'up' })}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={`下移 ${item.name}`}
                  disabled={index === items.length - 1 || move.isPending}
                  onClick={() => move.mutate({ id: item.id, direction: 'down' })}
                />
              </Space>
            ),
          },
          {
            title: '操作',
            width: 160,
            render: (_, item) => (
              <Space>
                <Button size="small" onClick={() => setEditing(item)}>
                  修改
                </Button>
                <Popconfirm
                  title={`删除工作量项目“${item.name}”？`}
                  description={item.inUse ? '它已经填过数字，不能删除；请改为停用。' : undefined}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove.mutate({ id: item.id })}
                >
                  <Button size="small" danger aria-label={`删除 ${item.name}`}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />

      <ItemDialog
        item={editing}
        saving={update.isPending}
        onClose={() => setEditing(null)}
        onSave={(values) =>
          editing && update.mutate({ id: editing.id, ...values }, { onSuccess: () => setEditing(null) })
        }
      />
    </Space>
  );
}
