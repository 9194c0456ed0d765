import { Alert, App, DatePicker, Form, Input, Modal, Radio, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { UNAVAILABLE_REASONS, type UnavailableReason } from '../../../../../shared/domain/rosters/types';
import { useApiMutation } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { PeopleSelect } from '../PeopleSelect';

interface Values {
  cadreId?: number | null;
  reason: UnavailableReason;
  byTime: boolean;
  range?: [Dayjs, Dayjs];
  note?: string;
}

/** 登记 a leave, quarantine or rest: whole days (both included), or exact times (the end excluded). */
export function AvailabilityForm({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useApiMutation('availability.add', ['availability', 'rosters'], { silent: true });
  const [error, setError] = useState<string | null>(null);
  const byTime = Form.useWatch('byTime', form) ?? false;
  const format = byTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD';

  const save = async (v: Values) => {
    setError(null);
    try {
      const saved = await add.mutateAsync({
        cadreId: v.cadreId ?? 0,
        reason: v.reason,
        from: v.range![0].format(format),
        to: v.range![1].format(format),
        note: v.note ?? '',
      });
      void message.success(`已登记 ${saved.name} ${saved.reason}`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal
      open
      title="登记请假、隔离、轮休"
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ reason: '请假', byTime: false }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item name="cadreId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
            <PeopleSelect ariaLabel="人员" autoFocus />
          </Form.Item>
          <Form.Item name="reason" label="原因">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={UNAVAILABLE_REASONS.map((r) => ({ value: r, label: r }))}
            />
          </Form.Item>
          <Form.Item name="byTime" label="按时间（不选则按整天）" valuePropName="checked">
            <Switch size="small" />
          </Form.Item>
          <Form.Item
            name="range"
            label={byTime ? '起止时间（到结束时间为止）' : '起止日期（含首尾两天）'}
            rules={[{ required: true, message: '请选择起止日期' }]}
          >
            <DatePicker.RangePicker
              aria-label="起止"
              showTime={byTime ? { format: 'HH:mm' } : false}
              format={format}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
