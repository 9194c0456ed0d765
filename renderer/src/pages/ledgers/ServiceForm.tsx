import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { SERVICE_TYPES, type ServiceRecord, type ServiceType } from '../../../../shared/domain/ledgers/types';
import { useApiMutation } from '../../api';
import { enterSubmits } from '../../components/ledgers/enterSubmits';

interface Values {
  at: Dayjs;
  type: ServiceType;
  content?: string;
  hospital?: string;
  vehicle?: string;
  escort?: string;
  outcome?: string;
}

interface Props {
  entryId: number;
  /** Editing this record; a new one otherwise. */
  record?: ServiceRecord;
  onDone: () => void;
  onCancel: () => void;
}

const REFRESH = ['services', 'entries', 'workbench'];

/** One service record: when, what kind, what was done; a 绿色通道 trip also where, how, with whom, and how it went. */
export function ServiceForm({ entryId, record, onDone, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const add = useApiMutation('services.add', REFRESH, { silent: true });
  const update = useApiMutation('services.update', REFRESH, { silent: true });
  const [error, setError] = useState<string | null>(null);
  const type = Form.useWatch('type', form);

  const save = (values: Values) => {
    const green = values.type === '绿色通道';
    const body = {
      at: values.at.format('YYYY-MM-DD HH:mm'),
      type: values.type,
      content: values.content ?? '',
      hospital: green ? (values.hospital ?? '') : '',
      vehicle: green ? (values.vehicle ?? '') : '',
      escort: green ? (values.escort ?? '') : '',
      outcome: green ? (values.outcome ?? '') : '',
    };
    const callbacks = { onSuccess: onDone, onError: (e: Error) => setError(e.message) };
    if (record) update.mutate({ id: record.id, ...body }, callbacks);
    else add.mutate({ entryId, ...body }, callbacks);
  };

  return (
    <Modal
      open
      title={record ? '编辑服务记录' : '新增服务记录'}
      okText="保存"
      cancelText="取消"
      confirmLoading={add.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      width={600}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={
            record
              ? { ...record, at: dayjs(record.at, 'YYYY-MM-DD HH:mm') }
              : { at: dayjs().second(0), type: '走访' as ServiceType }
          }
          onFinish={save}
        >
          <Form.Item label="时间" name="at" rules={[{ required: true, message: '请选择时间' }]}>
            <DatePicker
              aria-label="时间"
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              allowClear={false}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item label="类型" name="type" rules={[{ required: true, message: '请选择服务类型' }]}>
            <Radio.Group
              aria-label="类型"
              optionType="button"
              options={SERVICE_TYPES.map((t) => ({ value: t, label: t }))}
            />
          </Form.Item>
          <Form.Item label="内容" name="content" rules={[{ max: 2000, message: '内容不能超过 2000 个字' }]}>
            <Input.TextArea
              aria-label="内容"
              autoFocus
              autoSize={{ minRows: 3, maxRows: 8 }}
              placeholder="做了什么、对方情况、需要跟进的事"
            />
          </Form.Item>
          {type === '绿色通道' && (
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
              <Form.Item label="就医医院" name="hospital">
                <Input aria-label="就医医院" maxLength={100} />
              </Form.Item>
              <Form.Item label="车辆/司机" name="vehicle">
                <Input aria-label="车辆/司机" maxLength={100} />
              </Form.Item>
              <Form.Item label="陪同人员" name="escort">
                <Input aria-label="陪同人员" maxLength={100} />
              </Form.Item>
              <Form.Item label="结果" name="outcome">
                <Input aria-label="结果" maxLength={500} />
              </Form.Item>
            </div>
          )}
        </Form>
      </div>
    </Modal>
  );
}
