import { Descriptions, Tag } from 'antd';
import type { Entry, LedgerKind } from '../../../../shared/domain/ledgers/types';
import { formatPhones } from '../../../../shared/domain/phone';
import { FieldValueText } from '../../components/ledgers/FieldValueText';
import { ageOn, gestationText } from '../../components/ledgers/format';
import { IdNumberText } from '../../components/ledgers/IdNumberText';

interface Props {
  entry: Entry;
  kind: LedgerKind | undefined;
  today: string;
}

/** The entry's common fields, its kind's fields, what an import brought that fits no field, and its status. */
export function EntryDetails({ entry, kind, today }: Props) {
  const age = ageOn(entry.birthDate, today);
  const gestation = entry.kind === 'pregnant' && entry.status === '在册' ? gestationText(entry, today) : '';
  const extra = Object.entries(entry.extra);
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={2}
        styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'gender', label: '性别', children: entry.gender },
          { key: 'birth', label: '出生日期', children: `${entry.birthDate}${age === null ? '' : `（${age} 岁）`}` },
          {
            key: 'id',
            label: '身份证号',
            span: 2,
            children: <IdNumberText key={entry.id} entryId={entry.id} masked={entry.idNumber} />,
          },
          { key: 'phones', label: '联系电话', span: 2, children: formatPhones(entry.phones, entry.phoneNotes, '、') },
          { key: 'community', label: '社区', children: entry.community },
          { key: 'grid', label: '网格', children: entry.grid ?? '' },
          { key: 'address', label: '现住址', span: 2, children: entry.address },
          { key: 'cadre', label: '包保干部', children: entry.cadre },
          {
            key: 'status',
            label: '状态',
            children:
              entry.status === '已结案' ? (
                <span>
                  <Tag>已结案</Tag>
                  {[entry.closeReason, entry.closedAt, entry.closeNote].filter(Boolean).join('，')}
                </span>
              ) : (
                <Tag color="green">在册</Tag>
              ),
          },
          { key: 'note', label: '备注', span: 2, children: entry.note },
        ]}
      />
      {kind && kind.fields.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={2}
          title={`${kind.name}信息`}
          style={{ marginTop: 16 }}
          styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
          items={[
            ...(gestation ? [{ key: 'gestationalAge', label: '孕周', span: 2, children: gestation }] : []),
            ...kind.fields.map((def) => ({
              key: def.key,
              label: def.label,
              span: def.type === 'text' && String(entry.fields[def.key] ?? '').length > 12 ? 2 : 1,
              children: <FieldValueText def={def} value={entry.fields[def.key]} />,
            })),
          ]}
        />
      )}
      {extra.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={1}
          title="其他信息"
          style={{ marginTop: 16 }}
          styles={{ label: { width: 96 } }}
          items={extra.map(([key, value]) => ({ key, label: key, children: value }))}
        />
      )}
    </>
  );
}
