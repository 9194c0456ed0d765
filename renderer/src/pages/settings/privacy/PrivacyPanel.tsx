import { App, Button, Descriptions, Form, InputNumber, Space, Spin, Typography } from 'antd';
import { useApiMutation, useApiQuery } from '../../../api';

/** 设置 → 隐私与保留: the idle lock, and purging entries closed long ago. */
export function PrivacyPanel() {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ idleLockMinutes: number; purgeAfterDays: number }>();
  const settings = useApiQuery('settings.get', {});
  const preview = useApiQuery('entries.purgePreview', {});
  const update = useApiMutation('settings.update', ['settings', 'entries']);
  const purge = useApiMutation('entries.purge', ['entries', 'kinds']);

  const confirmPurge = () => {
    const p = preview.data;
    if (!p || p.count === 0) return;
    modal.confirm({
      title: `永久删除 ${p.count} 条结案记录？`,
      content: `${p.closedOnOrBefore} 及以前结案的记录、它们的服务记录和操作日志里的个人信息都会删除，无法恢复（备份里的除外）。`,
      okText: '永久删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        purge.mutateAsync({ confirm: true }).then((r) => {
          void message.success(`已永久删除 ${r.purged} 条记录`);
          void preview.refetch();
        }),
    });
  };

  // The form appears with the stored values, so nothing typed early is overwritten when they arrive.
  if (!settings.data) return <Spin />;
  return (
    <Space direction="vertical" size="large" style={{ maxWidth: 640 }}>
      <Form
        form={form}
        initialValues={{
          idleLockMinutes: settings.data.idleLockMinutes,
          purgeAfterDays: settings.data.purgeAfterDays,
        }}
        layout="vertical"
        onFinish={(values) => update.mutate(values, { onSuccess: () => void message.success('已保存') })}
      >
        <Form.Item
          label="无操作自动锁定（分钟）"
          name="idleLockMinutes"
          extra="离开电脑时，台账会在这么多分钟后锁定，需要重新输入密码"
          rules={[{ required: true, type: 'integer', min: 1, max: 240, message: '请填写 1 到 240 之间的整数' }]}
        >
          <InputNumber
            aria-label="无操作自动锁定（分钟）"
            min={1}
            max={240}
            precision={0}
            suffix="分钟"
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item
          label="结案记录保留天数"
          name="purgeAfterDays"
          extra="结案超过这么多天的记录可以永久删除（个人信息不多留）"
          rules={[{ required: true, type: 'integer', min: 30, max: 3650, message: '请填写 30 到 3650 之间的整数' }]}
        >
          <InputNumber
            aria-label="结案记录保留天数"
            min={30}
            max={3650}
            precision={0}
            suffix="天"
            style={{ width: 160 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          保存
        </Button>
      </Form>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { label: '可永久删除', children: preview.data ? `${preview.data.count} 条` : '…' },
          { label: '结案日期在', children: preview.data ? `${preview.data.closedOnOrBefore} 及以前` : '…' },
        ]}
      />
      <Space>
        <Button danger disabled={!preview.data?.count} loading={purge.isPending} onClick={confirmPurge}>
          永久删除这些记录
        </Button>
        <Typography.Text type="secondary">删除前请确认已有备份。</Typography.Text>
      </Space>
    </Space>
  );
}
