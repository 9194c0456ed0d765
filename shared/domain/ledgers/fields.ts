/** The kinds of value a ledger field can hold; staff pick from these when they define a kind. */
export const FIELD_TYPES = ['text', 'number', 'date', 'choice', 'multi', 'phone', 'bool', 'weekdays'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const fieldTypeLabels: Record<FieldType, string> = {
  text: '文字',
  number: '数字',
  date: '日期',
  choice: '单选',
  multi: '多选',
  phone: '电话',
  bool: '是/否',
  weekdays: '星期（如一三五）',
};

export interface FieldDef {
  /** Stable key used by the API, the CLI's JSON and exports; never reused within a kind. */
  key: string;
  label: string;
  type: FieldType;
  /** For choice and multi. */
  options?: string[];
  required?: boolean;
  /**
   * For choice, multi and bool: option -> other words that mean it (血透 <- 血液透析, HD). A bool
   * field's options are 是 and 否. Built-in kinds ship some; staff add more (kind_words).
   */
  optionWords?: Record<string, string[]>;
  /** More words a sheet's header may use for this field, besides its label. */
  aliases?: string[];
  /** Values of this field an import keeps in 其他信息 without asking (remembered from 值对应). */
  otherWords?: string[];
}

/** Stored form of a value: date 'YYYY-MM-DD', multi string[], weekdays ISO numbers, phone string[]. */
export type FieldValue = string | number | boolean | string[] | number[];

export type FieldValues = Record<string, FieldValue>;
