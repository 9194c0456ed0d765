import { Alert, Card, Flex, Radio, Select, Table, Tabs, Typography } from 'antd';
import {
  MERGE_STRATEGIES,
  mergeStrategyLabels,
  SKIP_TARGET,
  type ColumnMapping,
  type MergeStrategy,
} from '../../../../shared/domain/excel/imports';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import { doubledTargets, targetGroups, targetLabel } from './targets';
import type { ColumnSamples } from './useColumnSamples';
import { hasTarget, type SheetChoice } from './wizard';

interface Props {
  kind: LedgerKind;
  choices: SheetChoice[];
  onMappingChange: (sheet: string, mapping: ColumnMapping[]) => void;
  strategy: MergeStrategy;
  onStrategyChange: (strategy: MergeStrategy) => void;
  samples: ColumnSamples | undefined;
  samplesLoading: boolean;
}

/** Warnings about one sheet's mapping: the vital columns, and fields given twice. */
function MappingWarnings({ kind, choice }: { kind: LedgerKind; choice: SheetChoice }) {
  const missing = (['name', 'idNumber'] as const).filter((t) => !hasTarget(choice, t)).map((t) => targetLabel(kind, t));
  const doubled = doubledTargets(choice.mapping.map((m) => m.target));
  return (
    <>
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={`没有列对应“${missing.join('”和“')}”`}
          description="没有这一项，每一行都无法导入：请在下表中为相应的列选择它。"
          style={{ marginBottom: 12 }}
        />
      )}
      {doubled.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`“${doubled.map((t) => targetLabel(kind, t)).join('”“')}”对应了不止一列，只取第一列的值`}
          style={{ marginBottom: 12 }}
        />
      )}
    </>
  );
}

function SheetColumns({
  kind,
  choice,
  onChange,
  samples,
  samplesLoading,
}: {
  kind: LedgerKind;
  choice: SheetChoice;
  onChange: (mapping: ColumnMapping[]) => void;
  samples: Record<number, string[]> | undefined;
  samplesLoading: boolean;
}) {
  const groups = targetGroups(kind);
  const setTarget = (column: number, target: string) =>
    onChange(choice.mapping.map((m) => (m.column === column ? { column: m.column, header: m.header, target } : m)));
  return (
    <>
      <MappingWarnings kind={kind} choice={choice} />
      <Table<ColumnMapping>
        size="small"
        rowKey="column"
        pagination={false}
        dataSource={choice.mapping}
        scroll={{ x: 'max-content' }}
        data-testid={`columns-${choice.name}`}
        columns={[
          {
            title: '表头',
            width: 180,
            render: (_, m) => (
              <Typography.Text type={m.target === SKIP_TARGET ? 'secondary' : undefined}>
                {m.header || `（第 ${m.column + 1} 列，无表头）`}
              </Typography.Text>
            ),
          },
          {
            title: '导入到',
            width: 200,
            render: (_, m) => (
              <Select
                aria-label={`“${m.header}”导入到`}
                style={{ width: 180 }}
                value={m.target}
                options={groups.map((g) => ({ label: g.label, title: g.label, options: g.options }))}
                onChange={(target: string) => setTarget(m.column, target)}
              />
            ),
          },
          {
            title: '说明',
            width: 300,
            render: (_, m) =>
              m.note ? (
                <Typography.Text type={m.note.includes('近似') ? 'warning' : 'secondary'}>{m.note}</Typography.Text>
              ) : null,
          },
          {
            title: '前几行的值',
            render: (_, m) => {
              const values = samples?.[m.column];
              if (!values) return samplesLoading ? <Typography.Text type="secondary">读取中…</Typography.Text> : null;
              if (!values.length) return <Typography.Text type="secondary">（空白）</Typography.Text>;
              return (
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }} title={values.join(' ｜ ')}>
                  {values.join(' ｜ ')}
                </Typography.Text>
              );
            },
          },
        ]}
      />
    </>
  );
}

/** Step 3: each chosen sheet's columns and where they go, and how entries already in the ledger are merged. */
export function ColumnsStep({
  kind,
  choices,
  onMappingChange,
  strategy,
  onStrategyChange,
  samples,
  samplesLoading,
}: Props) {
  const chosen = choices.filter((c) => c.include);
  const one = (c: SheetChoice) => (
    <SheetColumns
      kind={kind}
      choice={c}
      onChange={(mapping) => onMappingChange(c.name, mapping)}
      samples={samples?.[c.name]}
      samplesLoading={samplesLoading}
    />
  );
  return (
    <Flex vertical gap={16}>
      {chosen.length === 1 ? (
        one(chosen[0]!)
      ) : (
        <Tabs items={chosen.map((c) => ({ key: c.name, label: `工作表：${c.name}`, children: one(c) }))} />
      )}
      <Card size="small" title={`已在“${kind.name}”台账中的人（按身份证号对上）`}>
        <Radio.Group
          aria-label="合并方式"
          value={strategy}
          onChange={(e) => onStrategyChange(e.target.value as MergeStrategy)}
          options={MERGE_STRATEGIES.map((s) => ({ value: s, label: mergeStrategyLabels[s] }))}
        />
      </Card>
    </Flex>
  );
}

/** What stops the preview, in Chinese, or null. */
export function columnsProblem(kind: LedgerKind, choices: SheetChoice[]): string | null {
  for (const c of choices.filter((x) => x.include)) {
    for (const t of ['name', 'idNumber'])
      if (!hasTarget(c, t)) return `工作表“${c.name}”没有列对应“${targetLabel(kind, t)}”`;
  }
  return null;
}
