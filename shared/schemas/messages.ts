import type { z } from 'zod';

/**
 * Plain Chinese for the checks that carry no message of their own. Zod's zh-CN locale speaks
 * in type names and patterns ("期望 string，实际接收 undefined", "必须满足正则表达式 /^…$/"),
 * which mean nothing to the people who read these messages.
 */
type Issue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '数字',
  boolean: '是或否',
  array: '列表',
  object: '一组内容',
  record: '一组内容',
  tuple: '列表',
  date: '日期',
  null: '空值',
  undefined: '空',
  nan: '无效的数字',
  function: '函数',
  symbol: '符号',
  map: '一组内容',
  set: '列表',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number';
  return typeof value;
}

const nameOf = (type: string) => typeNames[type] ?? '其他内容';

/** A key or value as typed, quoted and cut short: the input may be anything. */
function quoted(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `“${clean.length > 30 ? `${clean.slice(0, 30)}…` : clean}”`;
}

function sizeOf(issue: { origin?: string }, limit: number | bigint, big: boolean, inclusive: boolean): string {
  const n = limit.toString();
  switch (issue.origin) {
    case 'string':
      return big ? `不能超过 ${n} 个字` : Number(n) <= 1 ? '不能为空' : `至少要 ${n} 个字`;
    case 'array':
    case 'set':
      return big ? `最多 ${n} 项` : `至少要 ${n} 项`;
    default:
      if (big) return inclusive ? `不能大于 ${n}` : `应小于 ${n}`;
      return inclusive ? `不能小于 ${n}` : `应大于 ${n}`;
  }
}

export function issueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '缺少这一项，请填写';
      const received = typeOf(issue.input);
      if (received === 'nan' || (issue.expected === 'number' && received === 'number')) return '应为有效的数字';
      return `应为${nameOf(issue.expected)}，不能是${nameOf(received)}`;
    }
    case 'too_big':
      return sizeOf(issue, issue.maximum, true, issue.inclusive ?? true);
    case 'too_small':
      return sizeOf(issue, issue.minimum, false, issue.inclusive ?? true);
    case 'invalid_format':
      return '格式不对';
    case 'not_multiple_of':
      return `应为 ${issue.divisor.toString()} 的倍数`;
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map(quoted).join('、');
      return `多出了不认识的项目 ${keys}${issue.keys.length > 5 ? ` 等 ${issue.keys.length} 项` : ''}`;
    }
    case 'invalid_key':
      return '项目名称无效';
    case 'invalid_element':
      return '含有无效的内容';
    case 'invalid_union':
      return '内容无效';
    case 'invalid_value': {
      const values = issue.values;
      if (values.length > 0 && values.length <= 12 && values.every((v) => typeof v === 'string'))
        return `应为${values.map((v) => `“${v}”`).join('、')}之一`;
      return '不是可选的值';
    }
    default:
      return undefined;
  }
}
