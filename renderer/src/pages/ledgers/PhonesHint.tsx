import { Form } from 'antd';
import { formatPhones, parseLabelledPhones, phoneNotesOf } from '../../../../shared/domain/phone';

const HINT = '多个号码用 / 分隔，可注明是谁的，如 13904312222（本人）/ 13804315555（丈夫）';

/**
 * Under the phone input: the numbers as they will be saved, each with whose it is, once the text
 * reads as valid numbers; the way to write them before that (an error shows as the field's own).
 */
export function PhonesHint() {
  const text = Form.useWatch('phones') as string | undefined;
  const parsed = text ? parseLabelledPhones(text) : null;
  if (!parsed?.ok || parsed.value.length === 0) return <span>{HINT}</span>;
  const phones = parsed.value.map((p) => p.number);
  const shown = formatPhones(phones, phoneNotesOf(parsed.value), '、');
  return <span data-testid="phones-read">{`将保存为：${shown}`}</span>;
}
