import { EXTRA_TARGET, type ValueColumn, type ValueMap } from '../../../../shared/domain/excel/imports';

/** The 值对应 step's state: the option columns' values that are not options, as the server found them. */
export type ValuesState =
  { state: 'loading' } | { state: 'ready'; columns: ValueColumn[] } | { state: 'failed'; message: string };

/** What a value is kept as when it is none of the options. */
export const EXTRA_LABEL = '保存在其他信息';

/**
 * The map the step starts from: the server's suggestions and remembered choices, with what the user
 * chose before for the same value of the same field (going back and forth keeps it). Only values
 * of these columns are kept.
 */
export function initialValueMap(columns: ValueColumn[], before: ValueMap = {}): ValueMap {
  const map: ValueMap = {};
  for (const column of columns) {
    const chosen: Record<string, string> = {};
    const earlier = Object.hasOwn(before, column.target) ? before[column.target]! : {};
    for (const v of column.values) {
      const mine = Object.hasOwn(earlier, v.value) ? earlier[v.value] : undefined;
      const choice = mine !== undefined && isChoiceOf(column, mine) ? mine : v.choice;
      if (choice !== null && choice !== undefined) chosen[v.value] = choice;
    }
    map[column.target] = chosen;
  }
  return map;
}

export const isChoiceOf = (column: ValueColumn, choice: string) =>
  choice === EXTRA_TARGET || column.options.includes(choice);

export function choiceOf(map: ValueMap, target: string, value: string): string | undefined {
  const byValue = Object.hasOwn(map, target) ? map[target]! : undefined;
  return byValue && Object.hasOwn(byValue, value) ? byValue[value] : undefined;
}

export function withChoice(map: ValueMap, target: string, value: string, choice: string): ValueMap {
  return { ...map, [target]: { ...(Object.hasOwn(map, target) ? map[target] : {}), [value]: choice } };
}

/** Every undecided value of a column kept in 其他信息. */
export function undecidedToExtra(map: ValueMap, column: ValueColumn): ValueMap {
  let next = map;
  for (const v of column.values)
    if (choiceOf(next, column.target, v.value) === undefined)
      next = withChoice(next, column.target, v.value, EXTRA_TARGET);
  return next;
}

/** The values still to decide, by column. */
export function undecided(columns: ValueColumn[], map: ValueMap): { column: ValueColumn; values: string[] }[] {
  return columns
    .map((column) => ({
      column,
      values: column.values.filter((v) => choiceOf(map, column.target, v.value) === undefined).map((v) => v.value),
    }))
    .filter((c) => c.values.length > 0);
}

/** What stops the preview, in Chinese, or null. */
export function valuesProblem(state: ValuesState, map: ValueMap): string | null {
  if (state.state === 'loading') return '正在汇总选项列的值，请稍候';
  if (state.state === 'failed') return '选项列的值没有汇总成功，请点“重新汇总”';
  const open = undecided(state.columns, map);
  if (!open.length) return null;
  const total = open.reduce((n, c) => n + c.values.length, 0);
  const first = open[0]!;
  return `还有 ${total} 个值没有选择对应的选项（如“${first.column.label}”中的“${first.values[0]}”）：请为每个值选择一个选项，或选择“${EXTRA_LABEL}”`;
}

/** The map to send with imports.preview: only decided values of the columns found. */
export function valuesToSend(state: ValuesState, map: ValueMap): ValueMap {
  if (state.state !== 'ready') return {};
  const out: ValueMap = {};
  for (const column of state.columns) {
    const chosen: Record<string, string> = {};
    for (const v of column.values) {
      const choice = choiceOf(map, column.target, v.value);
      if (choice !== undefined) chosen[v.value] = choice;
    }
    if (Object.keys(chosen).length) out[column.target] = chosen;
  }
  return out;
}
