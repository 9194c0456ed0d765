import { App, Form, Input, Modal } from 'antd';
import type { Operator } from '../../../../../shared/domain/operators/types';
import { useApiMutation } from '../../../api';

/** An administrator sets a new password for another operator (who forgot theirs). */
export function ResetPasswordDialog({ operator, onClose }: { operator: Operator; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();
  const reset = useApiMutation('operators.setPassword', ['operators']);
  return (
    <Modal
      open
      title={`重设“${operator.name}”的密码`}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={({ password }) =>
          reset.mutate(
            { id: operator.id, password },
            {
              onSuccess: () => {
                void message.success('密码已重设，请告诉本人并让其登录后修改');
                onClose();
              },
            },
          )
        }
      >
        <Form.Item label="新密码" name="password" rules={[{ required: true, min: 6, message: '密码至少 6 位' }]}>
          <Input.Password aria-label="新密码" autoFocus autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
