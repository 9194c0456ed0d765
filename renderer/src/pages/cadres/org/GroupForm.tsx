import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { OrgGroup, OrgKind } from '../../../../../shared/domain/cadres/types';
import { ApiError, useApiMutation, useApiQuery } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { CadrePicker } from './CadrePicker';

interface Values {
  name?: string;
  community?: string;
  area?: string;
  cadreIds?: number[];
}

export const KIND_LABELS: Record<OrgKind, string> = {
  先锋岗: '党员先锋岗',
  突击队: '党员突击队',
  责任区: '党员责任区',
};
const NAME_HINTS: Record<OrgKind, string> = {
  先锋岗: '如 消杀服务员、物资配送员',
  突击队: '如 湖东社区第一突击队',
  责任区: '如 第一网格',
};

/** 新建 / 编辑 a 先锋岗, 突击队 or 责任区 with its members; warnings (a 突击队 of 3) are shown, not refused. */
export function GroupForm({ kind, group, onClose }: { kind: OrgKind; group: OrgGroup | null; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const communities = useApiQuery('communities.list', {});
  const add = useApiMutation('orgs.addGroup', ['orgs'], { silent: true });
  const update = useApiMutation('orgs.updateGroup', ['orgs'], { silent: true });
  const [error, setError] = useState<string | null>(null);

  const save = async (values: Values) => {
    setError(null);
    const body = {
      kind,
      name: values.name ?? '',
      community: values.community ?? '',
      area: values.area ?? '',
      cadreIds: values.cadreIds ?? [],
    };
    try {
      const { group: saved, warnings } = group
        ? await update.mutateAsync({ id: group.id, ...body })
        : await add.mutateAsync(body);
      void message.success(`已保存“${saved.name}”`);
      if (warnings.length) modal.warning({ title: '已保存，请留意', content: warnings.join('\n') });
      onClose();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiError && e.fields)
        form.setFields(
          Object.entries(e.fields).map(([name, text]) => ({ name: name as keyof Values, errors: [text] })),
        );
    }
  };

  const initial: Values = group
    ? {
        name: group.name,
        community: group.community ?? undefined,
        area: group.area,
        cadreIds: group.members.map((m) => m.id),
      }
    : { cadreIds: [] };
  return (
    <Modal
      open
      title={`${group ? '编辑' : '新建'}${KIND_LABELS[kind]}`}
      okText="保存"
      cancelText="取消"
      width={640}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending || update.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={save}>
          <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input autoFocus placeholder={NAME_HINTS[kind]} maxLength={40} />
          </Form.Item>
          <Form.Item name="community" label="社区" rules={[{ required: true, message: '请选择社区' }]}>
            <Select showSearch options={(communities.data ?? []).map((c) => ({ value: c.name, label: c.name }))} />
          </Form.Item>
          {kind === '责任区' && (
            <Form.Item name="area" label="责任范围" extra="网格或楼栋，如 1-6 栋">
              <Input maxLength={200} />
            </Form.Item>
          )}
          <Form.Item name="cadreIds" label="成员" extra={kind === '突击队' ? '突击队一般 4–6 人' : undefined}>
            <CadrePicker multiple known={group?.members} ariaLabel="成员" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
