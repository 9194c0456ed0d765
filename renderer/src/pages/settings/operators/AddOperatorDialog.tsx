import { App, Form, Input, Modal, Select } from 'antd';
import { ROLE_NOTES, ROLES, type Role } from '../../../../../shared/domain/operators/types';
import { ApiError, useApiMutation } from '../../../api';

interface Values {
  name: string;
  role: Role;
  password: string;
}

export function AddOperatorDialog({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useApiMutation('operators.add', ['operators'], { silent: true });

  const save = (values: Values) =>
    add.mutate(values, {
      onSuccess: (op) => {
        void message.success(`已添加操作员“${op.name}”`);
        onClose();
      },
      onError: (e) =>
        form.setFields([{ name: e instanceof ApiError && e.fields?.name ? 'name' : 'password', errors: [e.message] }]),
    });

  return (
    <Modal
      open
      title="添加操作员"
      okText="添加"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ role: '录入员' }}
        requiredMark={false}
      >
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input aria-label="姓名" maxLength={20} autoFocus />
        </Form.Item>
        <Form.Item label="角色" name="role" extra={<RoleNote />}>
          <Select aria-label="角色" options={ROLES.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item label="初始密码" name="password" rules={[{ required: true, min: 6, message: '密码至少 6 位' }]}>
          <Input.Password aria-label="初始密码" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RoleNote() {
  const role = Form.useWatch('role') as Role | undefined;
  return role ? ROLE_NOTES[role] : null;
}
