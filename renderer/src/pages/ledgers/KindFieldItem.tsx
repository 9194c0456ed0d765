import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { isRiskField } from '../../components/ledgers/FieldValueText';
import { RiskTag } from '../../components/ledgers/RiskTag';
import { WeekdayCheckboxes } from '../../components/ledgers/WeekdayCheckboxes';
import { fieldRule } from './formRules';
import { optionSearch } from './optionSearch';

/** Formats a typed date may take; the first is how it shows. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'YYYYMMDD', 'YYYY/M/D', 'YYYY.M.D', 'YYYY-M-D'];

/** Form.Item props that keep a date field's form value as 'YYYY-MM-DD' text. */
export const dateTextProps = {
  getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v, 'YYYY-MM-DD') : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

function control(def: FieldDef) {
  const common = { 'aria-label': def.label };
  switch (def.type) {
    case 'text':
      return <Input {...common} maxLength={500} />;
    case 'number':
      return <InputNumber {...common} style={{ width: '100%' }} />;
    case 'date':
      return <DatePicker {...common} format={DATE_FORMATS} placeholder="如 2024-05-01" style={{ width: '100%' }} />;
    case 'choice':
      return (
        <Select
          {...common}
          allowClear
          showSearch={optionSearch(def)}
          placeholder="请选择"
          options={(def.options ?? []).map((o) => ({ value: o, label: isRiskField(def) ? <RiskTag level={o} /> : o }))}
        />
      );
    case 'multi':
      return (
        <Select
          {...common}
          mode="multiple"
          allowClear
          showSearch={optionSearch(def)}
          placeholder="可多选"
          options={(def.options ?? []).map((o) => ({ value: o, label: o }))}
        />
      );
    case 'phone':
      return <Input {...common} placeholder="多个号码用 / 分隔" />;
    case 'bool':
      return (
        <Radio.Group
          {...common}
          options={[
            { value: true, label: '是' },
            { value: false, label: '否' },
          ]}
        />
      );
    case 'weekdays':
      return <WeekdayCheckboxes {...common} />;
  }
}

/** One field of the kind in the entry form, checked as typed with the server's rule. */
export function KindFieldItem({ def }: { def: FieldDef }) {
  const wide = def.type === 'weekdays' || def.type === 'multi';
  return (
    <Form.Item
      label={def.label}
      name={['fields', def.key]}
      required={def.required}
      rules={[fieldRule(def)]}
      style={wide ? { gridColumn: '1 / -1' } : undefined}
      {...(def.type === 'date' ? dateTextProps : {})}
    >
      {control(def)}
    </Form.Item>
  );
}
