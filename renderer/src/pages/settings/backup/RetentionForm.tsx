import { App, Button, Form, InputNumber, Space, Spin } from 'antd';
import type { BackupRetention } from '../../../../../shared/domain/backup/types';
import { useApiMutation, useApiQuery } from '../../../api';

const fields: { name: keyof BackupRetention; label: string; max: number }[] = [
  { name: 'keepDaily', label: '每日备份保留', max: 365 },
  { name: 'keepMonthly', label: '每月备份保留', max: 120 },
  { name: 'keepImport', label: '导入前备份保留', max: 200 },
];

/** How many automatic backups are kept; 手动、迁移前、恢复前 backups are never deleted automatically. */
export function RetentionForm() {
  const [form] = Form.useForm<BackupRetention>();
  const retention = useApiQuery('backups.retention', {});
  const save = useApiMutation('backups.setRetention');
  const { message } = App.useApp();

  // The form appears with the stored values, so nothing typed early is overwritten when they arrive.
  if (!retention.data) return <Spin />;
  return (
    <Form
      form={form}
      initialValues={retention.data}
      layout="inline"
      onFinish={(values) => save.mutate(values, { onSuccess: () => void message.success('已保存，下次备份时生效') })}
    >
      <Space wrap>
        {fields.map((f) => (
          <Form.Item
            key={f.name}
            label={f.label}
            name={f.name}
            rules={[
              { required: true, type: 'integer', min: 1, max: f.max, message: `请填写 1 到 ${f.max} 之间的整数` },
            ]}
          >
            <InputNumber min={1} max={f.max} precision={0} suffix="份" style={{ width: 110 }} aria-label={f.label} />
          </Form.Item>
        ))}
        <Button htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Space>
    </Form>
  );
}
