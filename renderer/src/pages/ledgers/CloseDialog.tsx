import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { todayText } from '../../../../shared/domain/dates';
import { CLOSE_REASONS, type CloseReason } from '../../../../shared/domain/ledgers/common';
import type { Entry } from '../../../../shared/domain/ledgers/types';
import { ApiError, useApiMutation } from '../../api';
import { enterSubmits } from '../../components/ledgers/enterSubmits';
import { DATE_FORMATS, dateTextProps } from './KindFieldItem';

interface Values {
  reason: CloseReason;
  note?: string;
  date: string;
}

interface Props {
  entry: Entry;
  onDone: () => void;
  onCancel: () => void;
}

/** 结案: why (已分娩 only for pregnancies), a note (required for 其他), and the day. */
export function CloseDialog({ entry, onDone, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const close = useApiMutation('entries.close', ['entries', 'workbench'], { silent: true });
  const [error, setError] = useState<string | null>(null);
  const reason = Form.useWatch('reason', form);
  const reasons = CLOSE_REASONS.filter((r) => r !== '已分娩' || entry.kind === 'pregnant');

  const save = (values: Values) =>
    close.mutate(
      { id: entry.id, reason: values.reason, note: values.note ?? '', date: values.date },
      {
        onSuccess: onDone,
        onError: (e) => {
          setError(e.message);
          if (e instanceof ApiError && e.fields?.note) form.setFields([{ name: 'note', errors: [e.fields.note] }]);
        },
      },
    );

  return (
    <Modal
      open
      title={`结案：${entry.name}`}
      okText="结案"
      cancelText="取消"
      confirmLoading={close.isPending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ reason: entry.kind === 'pregnant' ? '已分娩' : '迁出', date: todayText(new Date()) }}
          onFinish={save}
        >
          <Form.Item label="结案原因" name="reason" rules={[{ required: true, message: '请选择结案原因' }]}>
            <Radio.Group aria-label="结案原因" options={reasons.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          <Form.Item
            label="说明"
            name="note"
            dependencies={['reason']}
            rules={[
              { required: reason === '其他', whitespace: true, message: '结案原因选“其他”时，请写明具体原因' },
              { max: 500, message: '说明不能超过 500 个字' },
            ]}
          >
            <Input aria-label="说明" placeholder={reason === '其他' ? '请写明具体原因' : '可不填'} autoFocus />
          </Form.Item>
          <Form.Item
            label="结案日期"
            name="date"
            rules={[{ required: true, message: '请选择结案日期' }]}
            {...dateTextProps}
          >
            <DatePicker aria-label="结案日期" format={DATE_FORMATS} allowClear={false} style={{ width: 200 }} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
