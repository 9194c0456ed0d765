import { Alert, Button, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import {
  EXTRA_TARGET,
  type ImportStatus,
  type ValueChoice,
  type ValueColumn,
  type ValueMap,
} from '../../../../shared/domain/excel/imports';
import { fieldTypeLabels } from '../../../../shared/domain/ledgers/fields';
import { ImportProgress } from './ImportProgress';
import { choiceOf, EXTRA_LABEL, undecided, undecidedToExtra, withChoice, type ValuesState } from './values';

interface Props {
  values: ValuesState;
  map: ValueMap;
  onMapChange: (map: ValueMap) => void;
  status: ImportStatus | undefined;
  onRetry: () => void;
  /** Enter (outside a select) or Ctrl+Enter: on to the preview. */
  onNext: () => void;
}

/** Enter goes on unless it is meant for a select, a button or a field; Ctrl+Enter always. */
function useEnterGoesOn(onNext: () => void) {
  const next = useRef(onNext);
  next.current = onNext;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.isComposing || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const inControl = target?.closest(
        '.ant-select, .ant-select-dropdown, button, a, input, textarea, [role="dialog"]',
      );
      if (inControl && !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      next.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function ColumnValues({
  column,
  map,
  onMapChange,
  focus,
}: {
  column: ValueColumn;
  map: ValueMap;
  onMapChange: (map: ValueMap) => void;
  /** The value whose select takes the focus when the step opens. */
  focus: string | null;
}) {
  const options = [...column.options.map((o) => ({ value: o, label: o })), { value: EXTRA_TARGET, label: EXTRA_LABEL }];
  const open = column.values.filter((v) => choiceOf(map, column.target, v.value) === undefined).length;
  return (
    <Card
      size="small"
      data-testid={`values-${column.target}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{column.label}</span>
          <Tag>{fieldTypeLabels[column.type]}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            可选：{column.options.join('、')}；来自 {column.sources.join('、')}
          </Typography.Text>
        </Flex>
      }
      extra={
        open > 0 && (
          <Button size="small" onClick={() => onMapChange(undecidedToExtra(map, column))}>
            未选择的都{EXTRA_LABEL}
          </Button>
        )
      }
    >
      <Table<ValueChoice>
        size="small"
        rowKey="value"
        dataSource={column.values}
        pagination={column.values.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          {
            title: '表中的值',
            dataIndex: 'value',
            render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
          },
          { title: '出现次数', dataIndex: 'count', width: 100, align: 'right', render: (n: number) => `${n} 次` },
          {
            title: '对应为',
            width: 300,
            render: (_, v) => {
              const choice = choiceOf(map, column.target, v.value);
              return (
                <Flex gap={8} align="center">
                  <Select
                    aria-label={`“${column.label}”中的“${v.value}”对应为`}
                    style={{ width: 180 }}
                    placeholder="请选择"
                    status={choice === undefined ? 'warning' : undefined}
                    value={choice}
                    options={options}
                    showSearch={{ optionFilterProp: 'label' }}
                    autoFocus={focus === v.value}
                    onChange={(next: string) => onMapChange(withChoice(map, column.target, v.value, next))}
                  />
                  {choice === undefined ? (
                    <Tag color="orange">待选择</Tag>
                  ) : v.remembered && choice === v.choice ? (
                    <Tag color="blue">已记住</Tag>
                  ) : null}
                </Flex>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

/**
 * Step 4 值对应: per option column (单选, 多选, 是/否), each value of the file that is none of the
 * field's options, how often it occurs, and what it means: an option, or kept in 其他信息. The
 * choices are remembered for the ledger's later imports when the import is written.
 */
export function ValuesStep({ values, map, onMapChange, status, onRetry, onNext }: Props) {
  useEnterGoesOn(onNext);
  if (values.state === 'loading') return <ImportProgress status={status} label="正在汇总选项列的值" />;
  if (values.state === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        title="选项列的值没有汇总成功"
        description={values.message}
        action={<Button onClick={onRetry}>重新汇总</Button>}
      />
    );
  if (values.columns.length === 0)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="values-none"
        title="没有需要对应的值"
        description="选项列（单选、多选、是/否）中的值都能直接识别，或本次导入没有选项列。按 Enter 或点“下一步”继续。"
      />
    );
  const waiting = undecided(values.columns, map);
  const open = waiting.reduce((n, c) => n + c.values.length, 0);
  // The first value to decide (or the first value) has the focus: Tab goes on from there.
  const first = waiting[0] ?? { column: values.columns[0]!, values: [values.columns[0]!.values[0]?.value ?? ''] };
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        下面是表中写法与可选项不同的值。请为每个值选择它对应的选项，或“{EXTRA_LABEL}”（原样保留，不算作选项）。
        导入后会记住这些对应，下次自动选好。Tab 到下一个值，全部选好后按 Enter（在下拉框中按 Ctrl+Enter）进入下一步。
      </Typography.Text>
      {open > 0 && <Alert type="warning" showIcon title={`还有 ${open} 个值没有选择`} data-testid="values-open" />}
      {values.columns.map((column) => (
        <ColumnValues
          key={column.target}
          column={column}
          map={map}
          onMapChange={onMapChange}
          focus={column.target === first.column.target ? (first.values[0] ?? null) : null}
        />
      ))}
    </Flex>
  );
}
