import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { POST_KINDS, type DutyPost } from '../../../../../shared/domain/rosters/types';
import { ApiError, useApiMutation, useApiQuery } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { PatternOverrides } from './PatternOverrides';
import { postToValues, valuesToInput, type PostValues } from './postValues';
import { FORM_KEYS, keyHintFooter } from '../../../components/keyHintFooter';

interface Props {
  post: DutyPost | null;
  /** The community a new post starts in. */
  community: string;
  onClose: () => void;
}

/** 新增 / 编辑 a post: what, where, how many a shift, who must be on it, when, and its shift patterns. */
export function PostForm({ post, community, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PostValues>();
  const communities = useApiQuery('communities.list', {});
  const patterns = useApiQuery('shiftPatterns.list', {});
  const add = useApiMutation('dutyPosts.add', ['dutyPosts', 'rosters', 'shiftPatterns'], { silent: true });
  const update = useApiMutation('dutyPosts.update', ['dutyPosts', 'rosters', 'shiftPatterns'], { silent: true });
  const [error, setError] = useState<string | null>(null);
  const patternOptions = (patterns.data ?? []).map((p) => ({ value: p.id, label: p.name }));

  const save = async (values: PostValues) => {
    setError(null);
    const input = valuesToInput(values);
    try {
      const saved = post ? await update.mutateAsync({ id: post.id, ...input }) : await add.mutateAsync(input);
      void message.success(`已保存岗位“${saved.name}”`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiError && e.fields)
        form.setFields(
          Object.entries(e.fields).map(([name, text]) => ({ name: name as keyof PostValues, errors: [text] })),
        );
    }
  };

  if (!patterns.data) return null;
  return (
    <Modal
      open
      title={post ? `编辑岗位：${post.name}` : '新增岗位'}
      okText="保存"
      cancelText="取消"
      width={760}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending || update.isPending}
      destroyOnHidden
      footer={keyHintFooter(FORM_KEYS)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<PostValues>
          form={form}
          layout="vertical"
          initialValues={postToValues(post, community, patterns.data[0]?.id)}
          onFinish={(v) => void save(v)}
        >
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item
                name="name"
                label="岗位名称"
                rules={[{ required: true, whitespace: true, message: '请填写岗位名称' }]}
              >
                <Input autoFocus maxLength={40} placeholder="如 1号卡口" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="kind" label="类型">
                <Select options={POST_KINDS.map((k) => ({ value: k, label: k }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="community" label="社区">
                <Select
                  showSearch
                  options={[
                    { value: '', label: '街道（不属于某个社区）' },
                    ...(communities.data ?? []).map((c) => ({ value: c.name, label: c.name })),
                  ]}
                />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="address" label="地址">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="perShift" label="每班人数" rules={[{ required: true, message: '请填写每班人数' }]}>
                <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="needsPartyMember" label="每班须有党员" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="needsLeader" label="须有带班领导" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="patternId" label="默认班次" rules={[{ required: true, message: '请选择班次' }]}>
                <Select options={patternOptions} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="activeFrom" label="启用日期" extra="不填则一直启用">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="activeTo" label="停用日期">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <PatternOverrides patternOptions={patternOptions} />
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
