import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import type { SigninRow } from '../../../../../shared/domain/signins/types';
import { useApiMutation } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';

interface Values {
  signedIn: string;
  signedOut: string;
  note: string;
}

/** Corrects one sign-in's times or note; the change goes to the audit log. */
export function CorrectModal({ row, onClose }: { row: SigninRow | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const correct = useApiMutation('signins.correct', ['signins', 'attendance']);
  useEffect(() => {
    if (row) {
      form.setFieldsValue({
        signedIn: row.signedIn?.slice(11, 16) ?? '',
        signedOut: row.signedOut?.slice(11, 16) ?? '',
        note: row.note,
      });
    }
  }, [row, form]);

  const save = async () => {
    if (!row) return;
    const v = await form.validateFields();
    correct.mutate(
      {
        id: row.id,
        signedIn: v.signedIn.trim() || undefined,
        signedOut: v.signedOut.trim() ? v.signedOut.trim() : null,
        note: v.note ?? '',
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      open={row !== null}
      title={row ? `修改签到时间：${row.name}（${row.day}）` : ''}
      okText="保存"
      onOk={save}
      onCancel={onClose}
      confirmLoading={correct.isPending}
      destroyOnHidden
    >
      <div onKeyDownCapture={enterSubmits(() => void save())}>
        <Form form={form} layout="vertical">
          <Form.Item name="signedIn" label="签到时间" rules={[{ required: true, message: '请填写签到时间，如 08:00' }]}>
            <Input autoFocus placeholder="如 08:00、7:55、8点05分" />
          </Form.Item>
          <Form.Item name="signedOut" label="签退时间" extra="早于签到时间的算作次日（夜班）；留空表示未签退">
            <Input placeholder="如 16:00" />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
