import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import type { TallyItem } from '../../../../../shared/domain/tallies/types';

interface Props {
  item: TallyItem | null;
  saving: boolean;
  onSave: (values: { name: string; unit: string }) => void;
  onClose: () => void;
}

/** Renames an item or changes its unit. */
export function ItemDialog({ item, saving, onSave, onClose }: Props) {
  const [form] = Form.useForm<{ name: string; unit: string }>();
  useEffect(() => {
    if (item) form.setFieldsValue({ name: item.name, unit: item.unit });
  }, [item, form]);
  return (
    <Modal
      open={item !== null}
      title={item ? `修改工作量项目“${item.name}”` : ''}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onSave}>
        <Form.Item
          name="name"
          label="项目名称"
          rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}
        >
          <Input maxLength={30} aria-label="项目名称" />
        </Form.Item>
        <Form.Item
          name="unit"
          label="计量单位"
          rules={[{ required: true, whitespace: true, message: '请填写计量单位' }]}
        >
          <Input maxLength={10} aria-label="计量单位" onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
