import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Branch } from '../../../../../shared/domain/cadres/types';
import { ApiError, useApiMutation, useApiQuery } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { CadrePicker } from './CadrePicker';

interface Values {
  name?: string;
  community?: string;
  secretaryId?: number | null;
}

/** 新建 / 编辑 a 临时党支部: name, community, 第一书记 from the registry. */
export function BranchForm({ branch, onClose }: { branch: Branch | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const communities = useApiQuery('communities.list', {});
  const add = useApiMutation('orgs.addBranch', ['orgs', 'cadres'], { silent: true });
  const update = useApiMutation('orgs.updateBranch', ['orgs', 'cadres'], { silent: true });
  const [error, setError] = useState<string | null>(null);

  const save = async (values: Values) => {
    setError(null);
    const body = {
      name: values.name ?? '',
      community: values.community ?? '',
      secretaryId: values.secretaryId ?? null,
    };
    try {
      const saved = branch ? await update.mutateAsync({ id: branch.id, ...body }) : await add.mutateAsync(body);
      void message.success(`已保存“${saved.name}”`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiError && e.fields)
        form.setFields(
          Object.entries(e.fields).map(([name, text]) => ({ name: name as keyof Values, errors: [text] })),
        );
    }
  };

  return (
    <Modal
      open
      title={branch ? `编辑临时党支部：${branch.name}` : '新建临时党支部'}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending || update.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={
            branch
              ? { name: branch.name, community: branch.community ?? undefined, secretaryId: branch.secretaryId }
              : {}
          }
          onFinish={save}
        >
          <Form.Item
            name="name"
            label="支部名称"
            rules={[{ required: true, whitespace: true, message: '请填写支部名称' }]}
          >
            <Input autoFocus placeholder="如 湖东社区第一临时党支部" maxLength={40} />
          </Form.Item>
          <Form.Item name="community" label="社区" rules={[{ required: true, message: '请选择社区' }]}>
            <Select showSearch options={(communities.data ?? []).map((c) => ({ value: c.name, label: c.name }))} />
          </Form.Item>
          <Form.Item name="secretaryId" label="第一书记" extra="从人员名册中选择，应为中共党员；选定后自动编入本支部">
            <CadrePicker known={branch?.members} partyOnly ariaLabel="第一书记" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
