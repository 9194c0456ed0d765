import { Alert, Divider, Form, Input, Select } from 'antd';
import type { Community } from '../../../../shared/domain/communities';
import type { Entry, LedgerKind } from '../../../../shared/domain/ledgers/types';
import { commonRule } from './formRules';
import { PhonesHint } from './PhonesHint';
import { IdNumberField } from './IdNumberField';
import { KindFieldItem } from './KindFieldItem';

interface Props {
  kind: LedgerKind;
  communities: Community[];
  entry?: Entry;
  revealed: string | null;
  revealing: boolean;
  onReveal: () => void;
}

const full = { gridColumn: '1 / -1' } as const;

/** The fields of the entry form, in the order Tab visits them: common ones, then the kind's. */
export function EntryFormFields({ kind, communities, entry, revealed, revealing, onReveal }: Props) {
  const form = Form.useFormInstance();
  const community = Form.useWatch('community') as string | undefined;
  const grids = communities.find((c) => c.name === community)?.grids ?? [];

  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
      {communities.length === 0 && (
        <Alert
          style={{ ...full, marginBottom: 16 }}
          type="warning"
          showIcon
          title="还没有社区：请先在 设置 → 社区与网格 中添加社区，再登记人员。"
        />
      )}
      <Form.Item label="姓名" name="name" required rules={[commonRule('name')]}>
        <Input aria-label="姓名" autoFocus maxLength={40} />
      </Form.Item>
      <IdNumberField entry={entry} revealed={revealed} revealing={revealing} onReveal={onReveal} />
      <Form.Item label="联系电话" name="phones" rules={[commonRule('phones')]} extra={<PhonesHint />}>
        <Input aria-label="联系电话" placeholder="如 13904312222（本人）/ 0431-85201234" maxLength={300} />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 8 }}>
        <Form.Item label="社区" name="community" required rules={[commonRule('community')]}>
          <Select
            aria-label="社区"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择"
            options={communities.map((c) => ({ value: c.name, label: c.name }))}
            onChange={() => form.setFieldValue('grid', undefined)}
          />
        </Form.Item>
        <Form.Item label="网格" name="grid">
          <Select
            aria-label="网格"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={community ? (grids.length ? '可不选' : '该社区无网格') : '先选社区'}
            disabled={!community || grids.length === 0}
            options={grids.map((g) => ({ value: g.name, label: g.name }))}
          />
        </Form.Item>
      </div>
      <Form.Item label="现住址" name="address" rules={[commonRule('address')]} style={full}>
        <Input aria-label="现住址" maxLength={500} />
      </Form.Item>
      <Form.Item label="包保干部" name="cadre" rules={[commonRule('cadre')]}>
        <Input aria-label="包保干部" maxLength={100} />
      </Form.Item>
      <Form.Item label="备注" name="note" rules={[commonRule('note')]}>
        <Input.TextArea aria-label="备注" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      {kind.fields.length > 0 && (
        <Divider titlePlacement="start" plain style={{ ...full, margin: '0 0 12px' }}>
          {kind.name}信息
        </Divider>
      )}
      {kind.fields.map((def) => (
        <KindFieldItem key={def.key} def={def} />
      ))}
    </div>
  );
}
