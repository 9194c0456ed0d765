import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { CADRE_ROLES, POLITICS, type Cadre } from '../../../../../shared/domain/cadres/types';
import { ApiError, useApiMutation, useApiQuery } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { cadreRule } from './rules';
import { FORM_KEYS, keyHintFooter } from '../../../components/keyHintFooter';

type FormValues = Partial<
  Record<
    | 'name'
    | 'gender'
    | 'phone'
    | 'unit'
    | 'duty'
    | 'politics'
    | 'community'
    | 'post'
    | 'role'
    | 'arrivedOn'
    | 'leftOn'
    | 'idNumber'
    | 'note',
    string
  >
>;

interface Props {
  cadre: Cadre | null;
  onClose: () => void;
}

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

function initial(cadre: Cadre | null): FormValues {
  if (!cadre) return { politics: '中共党员', role: '下沉干部' };
  const { name, gender, phone, unit, duty, politics, community, post, role, arrivedOn, leftOn, note } = cadre;
  const orEmpty = (v: string | null) => v ?? undefined;
  return {
    name,
    gender: orEmpty(gender),
    phone: orEmpty(phone),
    unit,
    duty,
    politics,
    community: orEmpty(community),
    post,
    role,
    arrivedOn: orEmpty(arrivedOn),
    leftOn: orEmpty(leftOn),
    note,
  };
}

/** 新增 / 编辑 one person; each field is checked as typed with the server's rules. Enter saves, Esc cancels. */
export function CadreForm({ cadre, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const communities = useApiQuery('communities.list', {});
  const add = useApiMutation('cadres.add', ['cadres', 'orgs'], { silent: true });
  const update = useApiMutation('cadres.update', ['cadres', 'orgs'], { silent: true });
  const [serverError, setServerError] = useState<string | null>(null);

  const save = async (values: FormValues) => {
    setServerError(null);
    const body = { ...values, name: values.name ?? '' };
    for (const key of Object.keys(body) as (keyof FormValues)[]) if (body[key] === undefined) body[key] = '';
    // The ID number is only sent when typed: lists hold it masked.
    if (cadre && !values.idNumber) delete body.idNumber;
    try {
      const saved = cadre ? await update.mutateAsync({ id: cadre.id, ...body }) : await add.mutateAsync(body);
      void message.success(cadre ? `已保存“${saved.name}”的修改` : `已登记“${saved.name}”`);
      onClose();
    } catch (e) {
      const error = e as Error;
      setServerError(error.message);
      if (error instanceof ApiError && error.fields) {
        form.setFields(
          Object.entries(error.fields).map(([key, text]) => ({ name: key as keyof FormValues, errors: [text] })),
        );
      }
    }
  };

  return (
    <Modal
      open
      title={cadre ? `编辑人员：${cadre.name}` : '新增人员'}
      okText="保存"
      cancelText="取消"
      width={760}
      confirmLoading={add.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      footer={keyHintFooter(FORM_KEYS)}
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} role="alert" />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<FormValues> form={form} layout="vertical" initialValues={initial(cadre)} onFinish={save} requiredMark>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="name" label="姓名" required rules={[cadreRule('name')]} validateFirst>
                <Input autoFocus maxLength={40} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="phone" label="联系电话" rules={[cadreRule('phone')]}>
                <Input placeholder="13904312222" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="gender"
                label="性别"
                dependencies={['idNumber']}
                rules={[cadreRule('gender', ['idNumber'])]}
              >
                <Select allowClear options={options(['男', '女'])} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="unit" label="派出单位" rules={[cadreRule('unit')]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="duty" label="职务" rules={[cadreRule('duty')]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="politics" label="政治面貌">
                <Select options={options(POLITICS)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="role" label="身份">
                <Select options={options(CADRE_ROLES)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="community" label="下沉社区">
                <Select
                  allowClear
                  showSearch
                  options={(communities.data ?? []).map((c) => ({ value: c.name, label: c.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="post" label="认领岗位" rules={[cadreRule('post')]}>
                <Input placeholder="如 卡口值守、消杀" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="arrivedOn" label="报到日期" rules={[cadreRule('arrivedOn')]}>
                <Input placeholder="2022-04-18" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="leftOn"
                label="离开日期"
                dependencies={['arrivedOn']}
                rules={[cadreRule('leftOn', ['arrivedOn'])]}
              >
                <Input placeholder="留空表示仍在岗" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="idNumber"
                label="身份证号（选填）"
                rules={[cadreRule('idNumber')]}
                extra={cadre?.idNumber ? `已登记 ${cadre.idNumber}，留空则不变` : undefined}
              >
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="note" label="备注" rules={[cadreRule('note')]}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Modal>
  );
}
