/** Each row of a cadre list against the registry: new, an update of someone there, unchanged, or in error. */
import { todayText } from '../../../../shared/domain/dates';
import type { CadreImportProblem } from '../../../../shared/domain/cadres/types';
import {
  cadreFieldLabels,
  validateCadre,
  type CadreDraft,
  type ValidCadre,
} from '../../../../shared/domain/cadres/validate';
import { isBlank } from '../../../../shared/domain/text';
import type { Ctx } from '../../context';
import { cadreSelect, toValid, type CadreRow } from '../rows';
import type { CadreField } from './columns';
import type { ImportRow } from './read';

export type Item =
  | { status: 'new'; value: ValidCadre }
  | { status: 'updated'; value: ValidCadre; id: number; before: ValidCadre }
  | { status: 'unchanged' }
  | { status: 'error' };

export interface Classified {
  items: Item[];
  errors: CadreImportProblem[];
  newCommunities: string[];
}

const key = (name: string, phone: string | null) => `${name}\u0000${phone ?? ''}`;

const same = (a: ValidCadre, b: ValidCadre) =>
  (Object.keys(a) as (keyof ValidCadre)[]).every((field) => (a[field] ?? null) === (b[field] ?? null));

/** The row's values over the stored person's: a blank cell keeps what is stored. */
function merged(before: ValidCadre, draft: CadreDraft): CadreDraft {
  const out: CadreDraft = { ...before };
  for (const [field, value] of Object.entries(draft)) if (!isBlank(value)) out[field as keyof CadreDraft] = value;
  return out;
}

export function classifyRows(ctx: Ctx, rows: ImportRow[]): Classified {
  const today = todayText(ctx.now());
  const stored = new Map<string, CadreRow>();
  for (const row of ctx.db.prepare(cadreSelect).all() as CadreRow[]) stored.set(key(row.name, row.phone), row);
  const communities = new Set(ctx.db.prepare('SELECT name FROM communities').pluck().all() as string[]);
  const seen = new Map<string, ImportRow>();
  const result: Classified = { items: [], errors: [], newCommunities: [] };

  const fail = (row: ImportRow, errors: Record<string, string>) => {
    for (const [field, message] of Object.entries(errors)) {
      const column = row.headers[field as CadreField] ?? cadreFieldLabels[field as CadreField] ?? field;
      result.errors.push({ sheet: row.sheet, row: row.row, column, message });
    }
    result.items.push({ status: 'error' });
  };

  for (const row of rows) {
    const first = validateCadre(row.draft, today);
    if (!first.ok) {
      fail(row, first.errors);
      continue;
    }
    const id = key(first.value.name, first.value.phone);
    const earlier = seen.get(id);
    if (earlier) {
      const where = earlier.sheet === row.sheet ? `第 ${earlier.row} 行` : `“${earlier.sheet}”第 ${earlier.row} 行`;
      fail(row, { name: `与${where}是同一人（姓名和电话相同），此行未导入` });
      continue;
    }
    seen.set(id, row);
    const existing = stored.get(id);
    let item: Item;
    if (!existing) item = { status: 'new', value: first.value };
    else {
      const before = toValid(existing);
      const checked = validateCadre(merged(before, row.draft), today);
      if (!checked.ok) {
        fail(row, checked.errors);
        continue;
      }
      item = same(before, checked.value)
        ? { status: 'unchanged' }
        : { status: 'updated', value: checked.value, id: existing.id, before };
    }
    const community = 'value' in item ? item.value.community : null;
    if (community && !communities.has(community) && !result.newCommunities.includes(community)) {
      result.newCommunities.push(community);
    }
    result.items.push(item);
  }
  return result;
}

export function countItems(items: Item[]) {
  const counts = { new: 0, updated: 0, unchanged: 0, error: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}
