import { Alert, AutoComplete, Checkbox, Flex, List, Select, Table, Tag, Typography } from 'antd';
import type { SheetAnalysis } from '../../../../shared/domain/excel/imports';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import { hasTarget, type OpenImport, type SheetChoice } from './wizard';

interface Props {
  open: OpenImport;
  kinds: LedgerKind[];
  kind: string;
  /** Why this kind was chosen when it is not the one the user asked for. */
  kindNote: string | null;
  onKindChange: (kind: string) => void;
  changingKind: boolean;
  choices: SheetChoice[];
  onChoicesChange: (choices: SheetChoice[]) => void;
  communities: string[];
}

/** The title, 填报单位 and 填报日期 found above a sheet's header. */
function SheetInfo({ sheet }: { sheet: SheetAnalysis }) {
  const lines = [
    sheet.title && `标题：${sheet.title}`,
    sheet.unit && `填报单位：${sheet.unit}`,
    sheet.reportDate && `填报日期：${sheet.reportDate}`,
  ].filter(Boolean);
  if (!lines.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical>
      {lines.map((line) => (
        <Typography.Text key={line as string} type="secondary">
          {line}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** Step 2: which sheets go in, the ledger they go to, and the community of rows that name none. */
export function SheetsStep({
  open,
  kinds,
  kind,
  kindNote,
  onKindChange,
  changingKind,
  choices,
  onChoicesChange,
  communities,
}: Props) {
  const sheets = open.analysis.sheets;
  const skipped = sheets.filter((s) => !s.fits);
  const update = (name: string, patch: Partial<SheetChoice>) =>
    onChoicesChange(choices.map((c) => (c.name === name ? { ...c, ...patch } : c)));
  const kindName = kinds.find((k) => k.key === kind)?.name ?? kind;

  return (
    <Flex vertical gap={16}>
      <Flex gap={16} align="center" wrap>
        <Flex gap={8} align="center">
          <Typography.Text>导入到台账：</Typography.Text>
          <Select
            aria-label="台账类型"
            style={{ width: 200 }}
            value={kind}
            loading={changingKind}
            disabled={changingKind}
            options={kinds.map((k) => ({ value: k.key, label: k.name }))}
            onChange={onKindChange}
          />
        </Flex>
        <Typography.Text type="secondary">
          文件：{open.file.name}
          {open.analysis.suggestedKind === kind && '（按表头判断为此台账）'}
        </Typography.Text>
      </Flex>
      {kindNote && <Alert type="warning" showIcon title={kindNote} />}

      {choices.length === 0 ? (
        <Alert
          type="error"
          showIcon
          title={`这个文件中没有可以导入到“${kindName}”台账的工作表`}
          description="每个工作表都需要有“姓名”和“身份证号”两列，且表头下面有数据。"
        />
      ) : (
        <Table<SheetChoice>
          size="middle"
          rowKey="name"
          pagination={false}
          dataSource={choices}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: '导入',
              width: 64,
              align: 'center',
              render: (_, c) => (
                <Checkbox
                  aria-label={`导入工作表 ${c.name}`}
                  checked={c.include}
                  onChange={(e) => update(c.name, { include: e.target.checked })}
                />
              ),
            },
            {
              title: '工作表',
              render: (_, c) => {
                const sheet = sheets.find((s) => s.name === c.name)!;
                return (
                  <Flex gap={4} wrap align="center">
                    <Typography.Text strong>{c.name}</Typography.Text>
                    {sheet.hidden && <Tag>隐藏</Tag>}
                    {sheet.remembered && <Tag color="blue">沿用上次的对应关系</Tag>}
                  </Flex>
                );
              },
            },
            {
              title: '数据行数',
              width: 100,
              render: (_, c) => (
                <span data-testid={`rows-${c.name}`}>{sheets.find((s) => s.name === c.name)!.dataRows} 行</span>
              ),
            },
            {
              title: '表头位置',
              width: 130,
              render: (_, c) => {
                const sheet = sheets.find((s) => s.name === c.name)!;
                return (
                  <Flex vertical>
                    <span>第 {sheet.headerRow} 行</span>
                    {sheet.groupRow && (
                      <Typography.Text type="secondary">分组表头：第 {sheet.groupRow} 行</Typography.Text>
                    )}
                  </Flex>
                );
              },
            },
            { title: '表格信息', render: (_, c) => <SheetInfo sheet={sheets.find((s) => s.name === c.name)!} /> },
            {
              title: '社区',
              width: 280,
              render: (_, c) => {
                const column = c.mapping.find((m) => m.target === 'community');
                const isNew = !column && c.community.trim() !== '' && !communities.includes(c.community.trim());
                const input = (
                  <AutoComplete
                    aria-label={`社区 ${c.name}`}
                    placeholder={column ? '可不填' : '选择或输入社区'}
                    value={c.community}
                    options={communities.map((name) => ({ value: name }))}
                    showSearch={{ filterOption: (text, option) => String(option?.value ?? '').includes(text) }}
                    onChange={(value: string) => update(c.name, { community: value })}
                    status={!column && !c.community.trim() && c.include ? 'error' : undefined}
                    style={{ width: column ? 150 : 200 }}
                  />
                );
                if (column) {
                  return (
                    <Flex vertical gap={4}>
                      <Typography.Text>按表中“{column.header}”列</Typography.Text>
                      <Flex gap={4} align="center">
                        <Typography.Text type="secondary">该列空白时：</Typography.Text>
                        {input}
                      </Flex>
                    </Flex>
                  );
                }
                return (
                  <Flex vertical gap={4}>
                    {input}
                    {isNew && <Typography.Text type="warning">将新建社区“{c.community.trim()}”</Typography.Text>}
                  </Flex>
                );
              },
            },
          ]}
        />
      )}

      {skipped.length > 0 && (
        <List
          size="small"
          bordered
          header={<Typography.Text type="secondary">以下工作表不导入</Typography.Text>}
          dataSource={skipped}
          renderItem={(s) => (
            <List.Item>
              <Typography.Text>{s.name}</Typography.Text>
              <Typography.Text type="secondary">{s.skipReason}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}

/** What stops the next step, in Chinese, or null. */
export function sheetsProblem(choices: SheetChoice[]): string | null {
  const chosen = choices.filter((c) => c.include);
  if (!chosen.length) return '请至少勾选一个工作表';
  const missing = chosen.find((c) => !hasTarget(c, 'community') && !c.community.trim());
  return missing ? `请为工作表“${missing.name}”选择社区（表中没有社区列）` : null;
}
