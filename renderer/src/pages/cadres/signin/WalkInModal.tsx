import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useApiMutation } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';

interface Props {
  open: boolean;
  name: string;
  day: string;
  community: string;
  communityNames: string[];
  onClose: () => void;
}

interface Values {
  name: string;
  phone: string;
  unit: string;
  community: string;
  post: string;
}

/** 现场登记: someone not in the registry, added to it and signed in at once. */
export function WalkInModal({ open, name, day, community, communityNames, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const walkIn = useApiMutation('signins.walkIn', ['signins', 'cadres', 'attendance']);
  useEffect(() => {
    if (open) form.setFieldsValue({ name, phone: '', unit: '', community: community || communityNames[0], post: '' });
  }, [open, name, community, communityNames, form]);

  const save = async () => {
    const v = await form.validateFields();
    walkIn.mutate(
      { ...v, post: v.post || undefined, day },
      {
        onSuccess: (row) => {
          void message.success(`已登记 ${row.name} 并签到（${row.signedIn?.slice(11, 16)}）`);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title="现场登记并签到"
      okText="登记并签到"
      onOk={save}
      onCancel={onClose}
      confirmLoading={walkIn.isPending}
      destroyOnHidden
    >
      <div onKeyDownCapture={enterSubmits(() => void save())}>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input autoFocus maxLength={20} />
          </Form.Item>
          <Form.Item name="phone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="unit" label="派出单位" rules={[{ required: true, message: '请填写派出单位' }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="community" label="下沉社区" rules={[{ required: true, message: '请选择社区' }]}>
            <Select options={communityNames.map((n) => ({ value: n, label: n }))} />
          </Form.Item>
          <Form.Item name="post" label="岗位">
            <Input maxLength={40} placeholder="可不填" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
