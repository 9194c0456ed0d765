import { App, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useApiMutation, useApiQuery } from '../../api';

export function StreetInfoPanel() {
  const [form] = Form.useForm<{ streetName: string }>();
  const settings = useApiQuery('settings.get', {});
  const update = useApiMutation('settings.update');
  const { message } = App.useApp();

  useEffect(() => {
    if (settings.data) form.setFieldsValue({ streetName: settings.data.streetName });
  }, [settings.data, form]);

  return (
    <Form
      form={form}
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
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        保存
      </Button>
    </Form>
  );
}
