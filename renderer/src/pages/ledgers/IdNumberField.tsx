import { EyeOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography } from 'antd';
import { todayText } from '../../../../shared/domain/dates';
import { parseIdNumber } from '../../../../shared/domain/idNumber';
import type { Entry } from '../../../../shared/domain/ledgers/types';
import { ageOn } from '../../components/ledgers/format';
import { commonRule } from './formRules';

function derived(gender: string, birthDate: string) {
  const age = ageOn(birthDate, todayText(new Date()));
  return (
    <Typography.Text type="secondary" data-testid="id-derived">
      性别 {gender}　出生日期 {birthDate}
      {age === null ? '' : `　${age} 岁`}
    </Typography.Text>
  );
}

/** What the typed number says (gender, birth date) once it is valid. */
function Derived() {
  const value = Form.useWatch('idNumber') as unknown;
  const parsed = value ? parseIdNumber(value, todayText(new Date())) : null;
  return parsed?.ok ? derived(parsed.value.gender, parsed.value.birthDate) : null;
}

interface Props {
  /** Editing: the stored entry, whose number shows masked until revealed. */
  entry?: Entry;
  revealed: string | null;
  revealing: boolean;
  onReveal: () => void;
}

/**
 * 身份证号. Adding: typed and checked as typed. Editing: masked and read-only; 显示并修改 asks the
 * server for the number (the server logs it) and makes it editable.
 */
export function IdNumberField({ entry, revealed, revealing, onReveal }: Props) {
  if (entry && revealed === null) {
    return (
      <Form.Item label="身份证号" required extra={derived(entry.gender, entry.birthDate)}>
        <Space.Compact style={{ width: '100%' }}>
          <Input aria-label="身份证号" value={entry.idNumber} readOnly style={{ color: 'rgba(0,0,0,0.65)' }} />
          <Button icon={<EyeOutlined />} loading={revealing} onClick={onReveal} title="会记录在操作日志">
            显示并修改
          </Button>
        </Space.Compact>
      </Form.Item>
    );
  }
  return (
    <Form.Item
      label="身份证号"
      name="idNumber"
      required
      rules={[commonRule('idNumber')]}
      initialValue={revealed ?? undefined}
      extra={<Derived />}
    >
      <Input aria-label="身份证号" maxLength={22} autoFocus={revealed !== null} placeholder="18 位，末位可为 X" />
    </Form.Item>
  );
}
