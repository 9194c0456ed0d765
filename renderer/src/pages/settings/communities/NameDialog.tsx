import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';

interface Props {
  open: boolean;
  title: string;
  label: string;
  initial?: string;
  saving: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Asks for one name: Enter saves, Esc cancels. */
export function NameDialog({ open, title, label, initial = '', saving, onSave, onCancel }: Props) {
  const [form] = Form.useForm<{ name: string }>();
  useEffect(() => {
    if (open) form.setFieldsValue({ name: initial });
  }, [open, initial, form]);

  return (
    <Modal
      open={open}
      title={title}
      okText="保存"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ name }) => onSave(name)}>
        <Form.Item
          label={label}
          name="name"
          rules={[
            { required: true, whitespace: true, message: `请填写${label}` },
            { max: 30, message: `${label}不能超过 30 个字` },
          ]}
        >
          <Input autoFocus aria-label={label} maxLength={30} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
