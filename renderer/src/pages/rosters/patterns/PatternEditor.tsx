import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ShiftDef, ShiftPattern } from '../../../../../shared/domain/rosters/types';
import { ApiError, useApiMutation } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { isOvernight } from '../shiftTime';

interface Values {
  name?: string;
  shifts: Partial<ShiftDef>[];
}

const TIME = /^([01]?\d|2[0-3])[:：][0-5]\d$|^24[:：]00$/;
const timeRule = { pattern: TIME, message: '写成 08:00 这样' };

/** One shift row's 次日 mark: the end is on the next day. */
function NextDayMark({ index }: { index: number }) {
  const start = Form.useWatch(['shifts', index, 'start']) as string | undefined;
  const end = Form.useWatch(['shifts', index, 'end']) as string | undefined;
  const pad = (t: string) => t.replace('：', ':').padStart(5, '0');
  const overnight = start && end && TIME.test(start) && TIME.test(end) && isOvernight(pad(start), pad(end));
  return overnight ? <Tag color="purple">次日</Tag> : <span style={{ display: 'inline-block', width: 40 }} />;
}

/** 新增 / 编辑 a shift pattern: its name and its shifts (name, start, end; an end at or before the start is 次日). */
export function PatternEditor({ pattern, onClose }: { pattern: ShiftPattern | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('shiftPatterns.save', ['shiftPatterns', 'dutyPosts', 'rosters'], { silent: true });
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setError(null);
    try {
      const saved = await save.mutateAsync({
        id: pattern?.id,
        name: values.name ?? '',
        shifts: values.shifts.map((s) => ({ name: s.name ?? '', start: s.start ?? '', end: s.end ?? '' })),
      });
      void message.success(`已保存班次“${saved.name}”`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiError && e.fields)
        form.setFields(
          Object.entries(e.fields).map(([name, text]) => ({
            // 'shifts.0.start' -> ['shifts', 0, 'start']
            name: name.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) as never,
            errors: [text],
          })),
        );
    }
  };

  return (
    <Modal
      open
      title={pattern ? `编辑班次：${pattern.name}` : '新增班次'}
      okText="保存"
      cancelText="取消"
      width={560}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={
            pattern
              ? { name: pattern.name, shifts: pattern.shifts }
              : { shifts: [{ name: '白班', start: '08:00', end: '20:00' }] }
          }
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input autoFocus maxLength={30} placeholder="如 两班倒（2×12 小时）" />
          </Form.Item>
          <Typography.Text>各班（结束时间不晚于开始时间的，算到次日）</Typography.Text>
          <Form.List name="shifts">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
                {fields.map((field, i) => (
                  <Space key={field.key} align="start">
                    <Form.Item
                      name={[field.name, 'name']}
                      noStyle
                      rules={[{ required: true, whitespace: true, message: '请填写班名' }]}
                    >
                      <Input aria-label={`第 ${i + 1} 班名称`} placeholder="班名，如 夜班" style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'start']}
                      noStyle
                      rules={[{ required: true, message: '开始' }, timeRule]}
                    >
                      <Input aria-label={`第 ${i + 1} 班开始`} placeholder="08:00" style={{ width: 90 }} />
                    </Form.Item>
                    <span>至</span>
                    <Form.Item
                      name={[field.name, 'end']}
                      noStyle
                      rules={[{ required: true, message: '结束' }, timeRule]}
                    >
                      <Input aria-label={`第 ${i + 1} 班结束`} placeholder="20:00" style={{ width: 90 }} />
                    </Form.Item>
                    <NextDayMark index={field.name} />
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={`删除第 ${i + 1} 班`}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', start: '', end: '' })}>
                  添加一班
                </Button>
              </Space>
            )}
          </Form.List>
        </Form>
      </div>
    </Modal>
  );
}
