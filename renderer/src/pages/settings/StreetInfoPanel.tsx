import { App, Button, Form, Input, InputNumber, Spin } from 'antd';
import { useApiMutation, useApiQuery } from '../../api';

interface Values {
  streetName: string;
  followUpDays: number;
}

export function StreetInfoPanel() {
  const [form] = Form.useForm<Values>();
  const settings = useApiQuery('settings.get', {});
  // The workbench lists who is overdue by followUpDays: refresh it with the settings.
  const update = useApiMutation('settings.update', ['settings', 'workbench']);
  const { message } = App.useApp();

  // The form appears with the stored values, so nothing typed early is overwritten when they arrive.
  if (!settings.data) return <Spin />;
  return (
    <Form
      form={form}
      initialValues={{ streetName: settings.data.streetName, followUpDays: settings.data.followUpDays }}
      layout="vertical"
      style={{ maxWidth: 480 }}
      onFinish={(values) => update.mutate(values, { onSuccess: () => void message.success('已保存') })}
    >
      <Form.Item
        label="街道名称"
        name="streetName"
        extra="显示在标题栏和每一张打印的表格上，例如：南关区永长街道办事处"
        rules={[{ max: 40, message: '街道名称不能超过 40 个字' }]}
      >
        <Input placeholder="街道名称" maxLength={40} />
      </Form.Item>
      <Form.Item
        label="随访提醒天数"
        name="followUpDays"
        extra="超过这么多天没有服务记录的对象会出现在工作台"
        rules={[
          { required: true, message: '请填写随访提醒天数' },
          { type: 'integer', min: 1, max: 365, message: '请填写 1 到 365 之间的整数' },
        ]}
      >
        <InputNumber min={1} max={365} precision={0} suffix="天" style={{ width: 160 }} aria-label="随访提醒天数" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        保存
      </Button>
    </Form>
  );
}
