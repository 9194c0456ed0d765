import { AppError } from '../../../shared/errors';
import { commonFieldLabels } from '../../../shared/domain/ledgers/common';
import type { FieldDef } from '../../../shared/domain/ledgers/fields';
import type { ParsedInput } from '../../../shared/contract';
import { recordAudit } from '../audit/record';
import type { Ctx, HandlerMap, MethodsOf } from '../context';
import { getKind, getKindWithCount, listKinds, newKindKey } from './kinds';
import { moveFieldValuesToExtra } from './kindFields';
import { forgetFieldWords, listKindWords, setKindWords } from './words';

type FieldInput = ParsedInput<'kinds.add'>['fields'][number];

/** Checks a field list and gives new fields their keys (f1, f2 … never reused within the kind). */
function settleFields(
  inputs: FieldInput[],
  existing: FieldDef[],
  nextField: number,
): { fields: FieldDef[]; nextField: number } {
  const labels = new Set<string>();
  const common = new Set<string>(Object.values(commonFieldLabels));
  const fields: FieldDef[] = [];
  for (const input of inputs) {
    if (labels.has(input.label)) throw new AppError('BAD_INPUT', `字段“${input.label}”重复了，请改名或删去一个。`);
    if (common.has(input.label)) throw new AppError('BAD_INPUT', `“${input.label}”是每个台账都有的项目，不用再添加。`);
    labels.add(input.label);
    const options = input.type === 'choice' || input.type === 'multi' ? [...new Set(input.options ?? [])] : undefined;
    if (options && options.length === 0)
      throw new AppError('BAD_INPUT', `字段“${input.label}”是选择题，请至少给出一个选项。`);
    let key = input.key;
    if (key) {
      const old = existing.find((f) => f.key === key);
      if (!old) throw new AppError('BAD_INPUT', `字段编号 ${key} 不属于这个台账。`);
    } else {
      key = `f${nextField++}`;
    }
    fields.push({
      key,
      label: input.label,
      type: input.type,
      ...(options ? { options } : {}),
      ...(input.required ? { required: true } : {}),
    });
  }
  return { fields, nextField };
}

function assertNameFree(ctx: Ctx, name: string, exceptKey?: string): void {
  const other = ctx.db.prepare('SELECT key FROM ledger_kinds WHERE name = ?').pluck().get(name) as string | undefined;
  if (other !== undefined && other !== exceptKey)
    throw new AppError('CONFLICT', `已经有名为“${name}”的台账了，请换一个名称。`);
}

export const kindHandlers: HandlerMap<MethodsOf<'kinds'>> = {
  'kinds.list': (ctx) => listKinds(ctx),

  'kinds.add': (ctx, { name, fields: inputs }) =>
    ctx.db.transaction(() => {
      assertNameFree(ctx, name);
      const key = newKindKey(ctx, name);
      const { fields, nextField } = settleFields(
        inputs.map((f) => ({ ...f, key: undefined })),
        [],
        1,
      );
      const sort = ctx.db.prepare('SELECT COALESCE(MAX(sort_order), 0) + 1 FROM ledger_kinds').pluck().get() as number;
      ctx.db
        .prepare(
          'INSERT INTO ledger_kinds (key, name, fields, next_field, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(key, name, JSON.stringify(fields), nextField, sort, ctx.now().toISOString());
      const after = getKindWithCount(ctx, key);
      recordAudit(ctx, { method: 'kinds.add', entity: 'kind', entityId: null, before: null, after });
      return after;
    })(),

  'kinds.update': (ctx, { key, name, fields: inputs, confirmRemoval }) =>
    ctx.db.transaction(() => {
      const before = getKind(ctx, key);
      if (before.builtin) throw new AppError('BAD_INPUT', `“${before.name}”是内置台账，它的名称和字段不能修改。`);
      assertNameFree(ctx, name, key);
      const { fields, nextField } = settleFields(inputs, before.fields, before.nextField);
      for (const field of fields) {
        const old = before.fields.find((f) => f.key === field.key)!;
        if (old && old.type !== field.type && countValues(ctx, key, field.key) > 0) {
          throw new AppError(
            'BAD_INPUT',
            `字段“${old.label}”已有记录填写，不能改变它的类型。可以新增一个字段，再删除旧的。`,
          );
        }
      }
      const removed = before.fields.filter((old) => !fields.some((f) => f.key === old.key));
      const inUse = removed.map((f) => ({ field: f, count: countValues(ctx, key, f.key) })).filter((r) => r.count > 0);
      if (inUse.length > 0 && !confirmRemoval) {
        const list = inUse.map((r) => `“${r.field.label}”（${r.count} 条记录填写了）`).join('、');
        throw new AppError(
          'NEEDS_CONFIRM',
          `将删除字段 ${list}。确认后，这些值会移到每条记录的“其他信息”中保留，不会丢失。`,
        );
      }
      for (const field of removed) {
        moveFieldValuesToExtra(ctx, key, field);
        forgetFieldWords(ctx, key, field.key);
      }
      ctx.db
        .prepare('UPDATE ledger_kinds SET name = ?, fields = ?, next_field = ? WHERE key = ?')
        .run(name, JSON.stringify(fields), nextField, key);
      const after = getKindWithCount(ctx, key);
      recordAudit(ctx, { method: 'kinds.update', entity: 'kind', entityId: null, before, after });
      return after;
    })(),

  'kinds.remove': (ctx, { key }) =>
    ctx.db.transaction(() => {
      const before = getKindWithCount(ctx, key);
      if (before.builtin) throw new AppError('BAD_INPUT', `“${before.name}”是内置台账，不能删除。`);
      if (before.entryCount > 0) {
        throw new AppError(
          'IN_USE',
          `“${before.name}”台账里还有 ${before.entryCount} 条记录，不能删除。请先删除这些记录。`,
        );
      }
      ctx.db.prepare('DELETE FROM ledger_kinds WHERE key = ?').run(key);
      recordAudit(ctx, { method: 'kinds.remove', entity: 'kind', entityId: null, before, after: null });
      return { key };
    })(),

  /** Words for built-in kinds too: their field list is fixed, but not the words offices use. */
  'kinds.words': (ctx, { kind }) => listKindWords(ctx, kind),
  'kinds.setWords': (ctx, input) => setKindWords(ctx, input),
};

function countValues(ctx: Ctx, kind: string, fieldKey: string): number {
  return ctx.db
    .prepare('SELECT COUNT(*) FROM entries WHERE kind = ? AND json_extract(fields, ?) IS NOT NULL')
    .pluck()
    .get(kind, `$."${fieldKey}"`) as number;
}
