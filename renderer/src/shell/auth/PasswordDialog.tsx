import { App, Form, Input, Modal } from 'antd';
import { useApiMutation } from '../../api';
import { confirmRule } from './confirmRule';

interface Values {
  currentPassword: string;
  password: string;
  confirm: string;
}

/** One's own password: the current one, then the new one twice. */
export function PasswordDialog({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useApiMutation('operators.setPassword', ['operators'], { silent: true });

  const save = ({ currentPassword, password }: Values) =>
    change.mutate(
      { currentPassword, password },
      {
        onSuccess: () => {
          void message.success('密码已修改');
          onClose();
        },
        onError: (e) => form.setFields([{ name: 'currentPassword', errors: [e.message] }]),
      },
    );

  return (
    <Modal
      open
      title="修改密码"
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={change.isPending}
    >
      <Form form={form} layout="vertical" onFinish={save} requiredMark={false}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请填写当前密码' }]}>
          <Input.Password aria-label="当前密码" autoFocus />
        </Form.Item>
        <Form.Item label="新密码" name="password" rules={[{ required: true, min: 6, message: '新密码至少 6 位' }]}>
          <Input.Password aria-label="新密码" />
        </Form.Item>
        <Form.Item
          label="再输一次新密码"
          name="confirm"
          dependencies={['password']}
          rules={[{ required: true, message: '请再输一次新密码' }, confirmRule('password')]}
        >
          <Input.Password aria-label="再输一次新密码" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
