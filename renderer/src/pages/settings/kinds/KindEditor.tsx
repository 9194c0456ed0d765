import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { commonFieldLabels } from '../../../../../shared/domain/ledgers/common';
import { FIELD_TYPES, fieldTypeLabels } from '../../../../../shared/domain/ledgers/fields';
import type { LedgerKind } from '../../../../../shared/domain/ledgers/types';
import { ApiError, useApiMutation } from '../../../api';
import { draftOf, fieldInputs, hasOptions, newField, type KindDraft } from './kindDraft';

interface Props {
  /** null: a new kind. */
  kind: LedgerKind | null;
  onClose: () => void;
}

const typeOptions = FIELD_TYPES.map((t) => ({ value: t, label: fieldTypeLabels[t] }));
const commonLabels = Object.values(commonFieldLabels).join('、');
const REFRESH = ['kinds', 'entries', 'workbench'];

/** 新增 / 编辑 a staff-defined ledger kind: its name and its own fields. */
export function KindEditor({ kind, onClose }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<KindDraft>();
  const [error, setError] = useState<string | null>(null);
  const add = useApiMutation('kinds.add', REFRESH, { silent: true });
  const update = useApiMutation('kinds.update', REFRESH, { silent: true });

  const done = (saved: LedgerKind) => {
    void message.success(`已保存台账类型“${saved.name}”`);
    onClose();
  };
  const fail = (e: Error) => setError(e.message);

  const save = async () => {
    setError(null);
    let draft: KindDraft;
    try {
      draft = await form.validateFields();
    } catch {
      return; // the form shows what is missing beside each field
    }
    const input = { name: draft.name, fields: fieldInputs(draft) };
    if (!kind) return void add.mutate(input, { onSuccess: done, onError: fail });

    update.mutate(
      { key: kind.key, ...input },
      {
        onSuccess: done,
        onError: (e) => {
          if (!(e instanceof ApiError) || e.code !== 'NEEDS_CONFIRM') return fail(e);
          // Values of removed fields are kept in 其他信息: the server says how many, the user decides.
          modal.confirm({
            title: '删除已有记录填写的字段？',
            content: e.message,
            okText: '确认删除字段',
            cancelText: '取消',
            okButtonProps: { danger: true },
            onOk: () => update.mutateAsync({ key: kind.key, ...input, confirmRemoval: true }).then(done, fail),
          });
        },
      },
    );
  };

  return (
    <Modal
      open
      width={960}
      title={kind ? `编辑台账类型“${kind.name}”` : '新增台账类型'}
      okText="保存"
      cancelText="取消"
      confirmLoading={add.isPending || update.isPending}
      onOk={() => void save()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Form form={form} layout="vertical" initialValues={draftOf(kind)} requiredMark={false}>
        <Form.Item
          label="台账名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写台账名称' },
            { max: 20, message: '台账名称不能超过 20 个字' },
          ]}
        >
          <Input placeholder="例如：独居老人" maxLength={20} style={{ maxWidth: 320 }} autoFocus={!kind} />
        </Form.Item>

        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          每个台账都有 {commonLabels}，不用再添加。下面只列本台账特有的项目。
        </Typography.Paragraph>

        <Form.List name="fields">
          {(rows, { add: addRow, remove, move }) => (
            <div role="list" aria-label="字段列表">
              {rows.length > 0 && (
                <div className="kind-field-head" style={headStyle}>
                  <span style={{ width: 28 }} />
                  <span style={{ width: 200 }}>字段名称</span>
                  <span style={{ width: 170 }}>类型</span>
                  <span style={{ flex: 1 }}>选项（单选、多选填写，回车添加一项）</span>
                  <span style={{ width: 40, textAlign: 'center' }}>必填</span>
                  <span style={{ width: 104 }} />
                </div>
              )}
              {rows.map((row, i) => {
                const n = i + 1;
                return (
                  <div key={row.key} role="listitem" style={rowStyle}>
                    <Form.Item name={[row.name, 'key']} hidden>
                      <Input />
                    </Form.Item>
                    <span style={{ width: 28, lineHeight: '32px', color: '#888' }}>{n}.</span>
                    <Form.Item
                      name={[row.name, 'label']}
                      style={{ width: 200, margin: 0 }}
                      rules={[
                        { required: true, whitespace: true, message: '请填写字段名称' },
                        { max: 20, message: '不能超过 20 个字' },
                        ({ getFieldValue }) => ({
                          validator: (_, value: string | undefined) => {
                            const label = value?.trim();
                            const all = (getFieldValue('fields') as KindDraft['fields']).map((f) => f?.label?.trim());
                            if (label && all.filter((l) => l === label).length > 1)
                              return Promise.reject(new Error('字段名称重复了'));
                            if (label && Object.values(commonFieldLabels).includes(label as never)) {
                              return Promise.reject(new Error('每个台账都有这一项'));
                            }
                            return Promise.resolve();
                          },
                        }),
                      ]}
                    >
                      <Input placeholder="例如：健康状况" maxLength={20} aria-label={`字段 ${n} 名称`} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'type']} style={{ width: 170, margin: 0 }}>
                      <Select options={typeOptions} aria-label={`字段 ${n} 类型`} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate={(a, b) => a.fields?.[i]?.type !== b.fields?.[i]?.type}>
                      {({ getFieldValue }) => {
                        const choice = hasOptions(getFieldValue(['fields', row.name, 'type']));
                        return (
                          <Form.Item
                            name={[row.name, 'options']}
                            style={{ flex: 1, margin: 0, minWidth: 0 }}
                            rules={
                              choice ? [{ required: true, type: 'array', min: 1, message: '请至少填写一个选项' }] : []
                            }
                          >
                            <Select
                              mode="tags"
                              open={false}
                              disabled={!choice}
                              tokenSeparators={[',', '，', '、', '/', ' ']}
                              placeholder={choice ? '输入选项后回车' : '不需要选项'}
                              aria-label={`字段 ${n} 选项`}
                              suffixIcon={null}
                            />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <div
                      style={{ width: 40, height: 32, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
                    >
                      <Form.Item name={[row.name, 'required']} valuePropName="checked" noStyle>
                        <Checkbox aria-label={`字段 ${n} 必填`} />
                      </Form.Item>
                    </div>
                    <Space size={4} style={{ width: 104, height: 32 }}>
                      <Tooltip title="上移">
                        <Button
                          size="small"
                          icon={<ArrowUpOutlined />}
                          aria-label={`上移字段 ${n}`}
                          disabled={i === 0}
                          onClick={() => move(i, i - 1)}
                        />
                      </Tooltip>
                      <Tooltip title="下移">
                        <Button
                          size="small"
                          icon={<ArrowDownOutlined />}
                          aria-label={`下移字段 ${n}`}
                          disabled={i === rows.length - 1}
                          onClick={() => move(i, i + 1)}
                        />
                      </Tooltip>
                      <Tooltip title="删除这个字段">
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`删除字段 ${n}`}
                          onClick={() => remove(row.name)}
                        />
                      </Tooltip>
                    </Space>
                  </div>
                );
              })}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => addRow(newField())}
                style={{ marginTop: 8 }}
                block
              >
                添加字段
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
    </Modal>
  );
}

const headStyle = { display: 'flex', gap: 8, color: '#666', fontSize: 13, marginBottom: 4 } as const;
const rowStyle = { display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 } as const;
