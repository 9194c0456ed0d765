import { purgeClosed, purgePreview } from './purge';
import { AppError } from '../../../shared/errors';
import { nowText, todayText } from '../../../shared/domain/dates';
import {
  describeEntryErrors,
  validateEntry,
  type EntryDraft,
  type ValidEntry,
} from '../../../shared/domain/ledgers/validate';
import type { FieldDef } from '../../../shared/domain/ledgers/fields';
import { recordAudit } from '../audit/record';
import type { Ctx, HandlerMap, MethodsOf } from '../context';
import { getEntry, getEntryRow } from './entryRows';
import { listEntries } from './entryQuery';
import { insertEntry, updateEntry } from './entryWrite';
import { getKind } from './kinds';

/** Validates with the shared rules; every problem goes back at once, per field. */
export function checkEntry(ctx: Ctx, defs: FieldDef[], draft: EntryDraft): ValidEntry {
  const checked = validateEntry(defs, draft, todayText(ctx.now()));
  if (!checked.ok)
    throw new AppError('BAD_INPUT', `请改正后再保存：${describeEntryErrors(checked.errors, defs)}`, checked.errors);
  return checked.value;
}

function audit(ctx: Ctx, method: string, id: number, before: unknown, after: unknown): void {
  recordAudit(ctx, { method, entity: 'entry', entityId: id, before, after });
}

export const entryHandlers: HandlerMap<MethodsOf<'entries'>> = {
  'entries.list': (ctx, input) => listEntries(ctx, input),

  'entries.get': (ctx, { id }) => getEntry(ctx, id),

  'entries.add': (ctx, { kind, ...draft }) =>
    ctx.db.transaction(() => {
      const entry = checkEntry(ctx, getKind(ctx, kind).fields, draft);
      const id = insertEntry(ctx, kind, entry);
      const after = getEntry(ctx, id);
      audit(ctx, 'entries.add', id, null, after);
      return after;
    })(),

  'entries.update': (ctx, { id, ...draft }) =>
    ctx.db.transaction(() => {
      const row = getEntryRow(ctx, id);
      const before = getEntry(ctx, id);
      const entry = checkEntry(ctx, getKind(ctx, row.kind).fields, {
        ...draft,
        idNumber: draft.idNumber ?? row.id_number,
      });
      updateEntry(ctx, id, row.kind, entry);
      const after = getEntry(ctx, id);
      audit(ctx, 'entries.update', id, before, after);
      return after;
    })(),

  'entries.close': (ctx, { id, reason, note, date }) =>
    ctx.db.transaction(() => {
      const before = getEntry(ctx, id);
      if (before.status === '已结案') throw new AppError('CONFLICT', `“${before.name}”已经结案了。`);
      const trimmed = note?.trim() ?? '';
      if (reason === '其他' && !trimmed) {
        throw new AppError('BAD_INPUT', '结案原因选“其他”时，请写明具体原因。', { note: '请写明具体原因' });
      }
      const closedOn = date ?? todayText(ctx.now());
      // A delivery closes a pregnancy: the date goes into the entry's 分娩日期 unless already set.
      const fields =
        reason === '已分娩' && before.kind === 'pregnant' && !before.fields.deliveryDate
          ? { ...before.fields, deliveryDate: closedOn }
          : before.fields;
      ctx.db
        .prepare(
          `UPDATE entries SET status = '已结案', close_reason = ?, close_note = ?, closed_at = ?, fields = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(reason, trimmed || null, closedOn, JSON.stringify(fields), nowText(ctx.now()), id);
      const after = getEntry(ctx, id);
      audit(ctx, 'entries.close', id, before, after);
      return after;
    })(),

  'entries.reopen': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const row = getEntryRow(ctx, id);
      const before = getEntry(ctx, id);
      if (before.status === '在册') throw new AppError('CONFLICT', `“${before.name}”本来就在册，不需要重新打开。`);
      const open = ctx.db
        .prepare("SELECT name FROM entries WHERE kind = ? AND id_number = ? AND status = '在册'")
        .pluck()
        .get(row.kind, row.id_number) as string | undefined;
      if (open) {
        throw new AppError(
          'CONFLICT',
          `这个身份证号在本台账中已有一条在册记录（${open}），不能再打开这一条。请在那条记录上继续登记。`,
        );
      }
      ctx.db
        .prepare(
          "UPDATE entries SET status = '在册', close_reason = NULL, close_note = NULL, closed_at = NULL, updated_at = ? WHERE id = ?",
        )
        .run(nowText(ctx.now()), id);
      const after = getEntry(ctx, id);
      audit(ctx, 'entries.reopen', id, before, after);
      return after;
    })(),

  'entries.remove': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getEntry(ctx, id);
      ctx.db.prepare('DELETE FROM entries WHERE id = ?').run(id);
      // The id goes to the next new entry when it was the largest: a change left behind would
      // let the undo of an import remove or overwrite that entry. (batch_id IN …: a key lookup
      // per import, not a scan of every import's changes.)
      ctx.db
        .prepare('DELETE FROM import_changes WHERE batch_id IN (SELECT id FROM import_batches) AND entry_id = ?')
        .run(id);
      audit(ctx, 'entries.remove', id, before, null);
      return { id };
    })(),

  'entries.revealId': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const row = getEntryRow(ctx, id);
      audit(ctx, 'entries.revealId', id, null, { revealed: '身份证号', name: row.name });
      return { idNumber: row.id_number };
    })(),

  'entries.purgePreview': purgePreview,
  'entries.purge': (ctx) => purgeClosed(ctx),
};
