import { Alert, App, Card, Empty, Flex, Form, Modal, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { fieldTypeLabels, type FieldDef } from '../../../../../shared/domain/ledgers/fields';
import type { LedgerKind } from '../../../../../shared/domain/ledgers/types';
import { fieldOptions } from '../../../../../shared/domain/options';
import { useApiMutation, useApiQuery } from '../../../api';
import { isOptionField } from '../../../../../shared/domain/options';
import { editorTargets, setWordsInput, shippedWords, wordsDraftOf, type WordsDraft } from './wordsDraft';

interface Props {
  kind: LedgerKind;
  onClose: () => void;
}

/** A tags select for words: typed, then Enter (or a comma) adds one. */
function WordsSelect({ label, placeholder }: { label: string; placeholder: string }) {
  return (
    <Select
      mode="tags"
      open={false}
      suffixIcon={null}
      tokenSeparators={[',', '，', '、', ';', '；']}
      placeholder={placeholder}
      aria-label={label}
    />
  );
}

function TargetCard({
  kind,
  target,
  label,
  def,
}: {
  kind: LedgerKind;
  target: string;
  label: string;
  def: FieldDef | null;
}) {
  const path = (...rest: string[]) => ['targets', target, ...rest];
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span>{label}</span>
          {def && <Tag>{fieldTypeLabels[def.type]}</Tag>}
        </Flex>
      }
      data-testid={`words-${target}`}
    >
      <Form.Item label="表头别名" name={path('aliases')} extra={`表中列名为这些词时，导入到“${label}”`}>
        <WordsSelect label={`${label} 表头别名`} placeholder="例如：所在村居，回车添加" />
      </Form.Item>
      {def && isOptionField(def) && (
        <>
          {fieldOptions(def).map((option) => {
            const shipped = shippedWords(kind, def, option);
            return (
              <Form.Item
                key={option}
                label={`选项“${option}”的同义词`}
                name={path('optionWords', option)}
                extra={shipped.length ? `已内置：${shipped.join('、')}` : undefined}
              >
                <WordsSelect
                  label={`${label} 选项 ${option} 同义词`}
                  placeholder={`填写也表示“${option}”的词，回车添加`}
                />
              </Form.Item>
            );
          })}
          <Form.Item
            label="保存在其他信息的值"
            name={path('otherWords')}
            extra="导入时遇到这些值，不当作选项，原样保存在“其他信息”中"
          >
            <WordsSelect label={`${label} 保存在其他信息的值`} placeholder="例如：待评定" />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

/**
 * 同义词 of a ledger kind, built-in ones too: more header words for every column it fills, and more
 * words for its options. Imports, forms and filters read them from then on.
 */
export function KindWordsEditor({ kind, onClose }: Props) {
  const { message } = App.useApp();
  const words = useApiQuery('kinds.words', { kind: kind.key });
  const save = useApiMutation('kinds.setWords', ['kinds', 'entries'], { silent: true });
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<WordsDraft>();
  const initial = useMemo(() => (words.data ? wordsDraftOf(kind, words.data) : null), [kind, words.data]);
  const targets = editorTargets(kind);
  const own = targets.filter((t) => t.def);
  const common = targets.filter((t) => !t.def);

  const onOk = () => {
    setError(null);
    const draft = form.getFieldsValue(true) as WordsDraft;
    save.mutate(setWordsInput(kind, draft), {
      onSuccess: () => {
        void message.success(`已保存“${kind.name}”的同义词`);
        onClose();
      },
      onError: (e) => setError(e.message),
    });
  };

  const cards = (list: typeof targets) =>
    list.length ? (
      <Flex vertical gap={12}>
        {list.map((t) => (
          <TargetCard key={t.target} kind={kind} {...t} />
        ))}
      </Flex>
    ) : (
      <Empty description="这个台账只有通用项目" />
    );

  return (
    <Modal
      open
      width={860}
      title={`“${kind.name}”的同义词`}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: !initial }}
      confirmLoading={save.isPending}
      onOk={onOk}
      onCancel={onClose}
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">
        表头别名：别的表格给这一列起的名字，以后导入时自动对应。选项同义词：表格里写法不同、意思相同的值（如“血液透析”即“血透”），导入、录入和筛选时都能识别。
        {kind.builtin && '内置台账的字段不能修改，但可以添加同义词。'}
      </Typography.Paragraph>
      {words.error && <Alert type="error" showIcon title={words.error.message} />}
      {!initial && !words.error && <Spin />}
      {initial && (
        <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
          <Tabs
            items={[
              { key: 'own', label: `${kind.name}项目`, children: cards(own) },
              { key: 'common', label: '通用项目', children: cards(common) },
            ]}
          />
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
    </Modal>
  );
}
