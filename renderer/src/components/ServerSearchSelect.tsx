import { Select, type SelectProps } from 'antd';

interface Props {
  /** The options for what was typed last (the caller searches on the server). */
  options: SelectProps['options'];
  /** Typing searches; leaving the field clears the search. */
  onSearch: (q: string) => void;
  searching: boolean;
  multiple?: boolean;
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null) => void;
  placeholder?: string;
  ariaLabel?: string;
  autoFocus?: boolean;
  optionRender?: SelectProps['optionRender'];
}

/** A select of people (or anything with numeric ids) found by a search on the server as one types. */
export function ServerSearchSelect({
  options,
  onSearch,
  searching,
  multiple,
  value,
  onChange,
  placeholder,
  ariaLabel,
  autoFocus,
  optionRender,
}: Props) {
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch }}
      allowClear
      autoFocus={autoFocus}
      aria-label={ariaLabel}
      placeholder={placeholder ?? '输入姓名、电话或拼音首字母'}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(v: number | number[] | undefined) => onChange?.(v ?? null)}
      onBlur={() => onSearch('')}
      options={options}
      optionRender={optionRender}
      loading={searching}
      notFoundContent={searching ? '搜索中…' : '没有找到'}
      style={{ width: '100%' }}
    />
  );
}
