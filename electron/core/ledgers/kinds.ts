import { pinyin } from 'pinyin-pro';
import { AppError } from '../../../shared/errors';
import { builtinFields, isBuiltinKind } from '../../../shared/domain/ledgers/builtins';
import type { FieldDef } from '../../../shared/domain/ledgers/fields';
import type { LedgerKind } from '../../../shared/domain/ledgers/types';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { mergeWords, readWordRows } from './words/merge';

interface KindRow {
  key: string;
  name: string;
  builtin: number;
  fields: string;
  next_field: number;
}

export interface KindDef {
  key: string;
  name: string;
  builtin: boolean;
  /** With the staff's words merged in (aliases, optionWords, otherWords: see words/). */
  fields: FieldDef[];
  nextField: number;
  /** Staff-added header words for the common fields: 'community' -> ['所在村居']. */
  commonAliases: Record<string, string[]>;
}

function toDef(ctx: Pick<Ctx, 'db'>, row: KindRow): KindDef {
  const own = isBuiltinKind(row.key) ? builtinFields[row.key] : (JSON.parse(row.fields) as FieldDef[]);
  const { fields, commonAliases } = mergeWords(own, readWordRows(ctx, row.key));
  return {
    key: row.key,
    name: row.name,
    builtin: row.builtin === 1,
    fields,
    nextField: row.next_field,
    commonAliases,
  };
}

/** A kind's own field list, without the staff's words: what kinds.update compares and stores. */
export function ownFields(ctx: Pick<Ctx, 'db'>, key: string): FieldDef[] {
  if (isBuiltinKind(key)) return builtinFields[key];
  const stored = prepared(ctx.db, 'SELECT fields FROM ledger_kinds WHERE key = ?').pluck().get(key) as
    string | undefined;
  return stored === undefined ? [] : (JSON.parse(stored) as FieldDef[]);
}

function countEntries(ctx: Pick<Ctx, 'db'>, key: string): number {
  return (prepared(ctx.db, 'SELECT COUNT(*) AS n FROM entries WHERE kind = ?').get(key) as { n: number }).n;
}

/** Every kind's definition, in the order the app lists them, without counting entries. */
export function allKinds(ctx: Pick<Ctx, 'db'>): KindDef[] {
  const rows = ctx.db.prepare('SELECT * FROM ledger_kinds ORDER BY sort_order, created_at').all() as KindRow[];
  return rows.map((row) => toDef(ctx, row));
}

export function listKinds(ctx: Pick<Ctx, 'db'>): LedgerKind[] {
  return allKinds(ctx).map(({ nextField: _, commonAliases: __, ...def }) => ({
    ...def,
    entryCount: countEntries(ctx, def.key),
  }));
}

/** A kind's definition, without counting its entries: this runs for every entry written. */
export function getKind(ctx: Pick<Ctx, 'db'>, key: string): KindDef {
  const row = prepared(ctx.db, 'SELECT * FROM ledger_kinds WHERE key = ?').get(key) as KindRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `没有“${key}”这个台账类型。请在 设置 → 台账类型 中查看已有的类型。`);
  return toDef(ctx, row);
}

export function getKindWithCount(ctx: Pick<Ctx, 'db'>, key: string): LedgerKind {
  const { nextField: _, commonAliases: __, ...def } = getKind(ctx, key);
  return { ...def, entryCount: countEntries(ctx, key) };
}

/** A readable key from the name's pinyin initials (独居老人 -> djlr), made unique. */
export function newKindKey(ctx: Pick<Ctx, 'db'>, name: string): string {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'removed' })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const base = /^[a-z]/.test(initials) ? initials.slice(0, 24) : `kind${initials}`.slice(0, 24);
  const taken = new Set(ctx.db.prepare('SELECT key FROM ledger_kinds').pluck().all() as string[]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
