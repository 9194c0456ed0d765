/**
 * Every row's fate, once the rows are checked: in error, excluded, a duplicate of a later row of
 * the file (the later row wins), or against the ledger new, updated or unchanged; and the places
 * (communities, grids) the import will create.
 */
import {
  EXTRA_TARGET,
  SKIP_TARGET,
  type ColumnMapping,
  type ImportCounts,
  type MergeStrategy,
} from '../../../../shared/domain/excel/imports';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import type Database from 'better-sqlite3';
import { lastWithSameId } from './duplicates';
import type { ExistingEntry } from './existing';
import { addNote, NO_CHANGES, NO_NOTES, type Item } from './items';
import { mergeEntry } from './merge';

const CLOSED_NOTE = '状态为“已结案”：默认不导入，以免作为在册记录重新登记；如确需导入，请取消排除';

export interface PlanContext {
  db: Database.Database;
  strategy: MergeStrategy;
  fields: FieldDef[];
  /** The open entry of the ledger with this ID number. */
  lookup: (idNumber: string) => ExistingEntry | null;
}

export interface Plan {
  counts: ImportCounts;
  /** Communities (and grids, as 社区/网格) the import will create. */
  newPlaces: string[];
}

export function noCounts(total: number): ImportCounts {
  return { total, new: 0, updated: 0, unchanged: 0, error: 0, duplicate: 0, excluded: 0 };
}

/** What planItems needs of a mapping, worked out once for all the rows that share it. */
interface MappingFacts {
  idColumn: number;
  /** The targets the file gives values for… */
  mapped: Set<string>;
  /** …and with the community, for a sheet that names one. */
  mappedWithCommunity: Set<string>;
}

function mappingFacts(mapping: ColumnMapping[]): MappingFacts {
  const mapped = new Set(mapping.map((m) => m.target).filter((t) => t !== SKIP_TARGET && t !== EXTRA_TARGET));
  return {
    idColumn: mapping.find((m) => m.target === 'idNumber')?.column ?? 0,
    mapped,
    mappedWithCommunity: new Set([...mapped, 'community']),
  };
}

function baseNotes(item: Item): Item['notes'] {
  const { warnings } = item.checked;
  if (item.fillNotes.length === 0) return warnings.length === 0 ? NO_NOTES : warnings;
  return warnings.length === 0 ? item.fillNotes : [...item.fillNotes, ...warnings];
}

/** Sets every item's status, notes, target and changes. */
export function planItems(items: readonly Item[], context: PlanContext): Plan {
  const counts = noCounts(items.length);
  // The rows that may go in, and their ID numbers.
  const candidates: Item[] = [];
  const ids: string[] = [];
  for (const item of items) {
    const { entry } = item.checked;
    item.notes = baseNotes(item);
    item.changes = NO_CHANGES;
    item.existing = null;
    item.target = null;
    if (item.excluded) {
      item.status = 'excluded';
      counts.excluded++;
      if (item.closedColumn !== null) addNote(item, item.closedColumn, CLOSED_NOTE);
    } else if (!entry) {
      item.status = 'error';
      counts.error++;
    } else {
      candidates.push(item);
      ids.push(entry.idNumber);
    }
  }
  const lastOf = lastWithSameId(ids);
  const communities = new Set(context.db.prepare('SELECT name FROM communities').pluck().all() as string[]);
  const grids = new Set(
    context.db
      .prepare("SELECT c.name || '/' || g.name FROM grids g JOIN communities c ON c.id = g.community_id")
      .pluck()
      .all() as string[],
  );
  const places = new Set<string>();
  let mapping: ColumnMapping[] | null = null;
  let known: MappingFacts | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const item = candidates[i]!;
    const entry = item.checked.entry!;
    const winner = lastOf ? candidates[lastOf(i)]! : item;
    if (item.mapping !== mapping) known = mappingFacts((mapping = item.mapping));
    const { idColumn } = known!;
    if (winner !== item) {
      const moved =
        winner.checked.entry!.community !== entry.community ? `（迁至${winner.checked.entry!.community}）` : '';
      item.status = 'duplicate';
      counts.duplicate++;
      addNote(
        item,
        idColumn,
        `身份证号与“${winner.sheet}”第 ${winner.row} 行相同${moved}，以后面的一行为准，本行不导入`,
      );
      continue;
    }
    item.existing = context.lookup(entry.idNumber);
    if (!item.existing) {
      item.status = 'new';
      item.target = entry;
    } else {
      const { merged, changes } = mergeEntry(
        item.existing.entry,
        entry,
        item.community ? known!.mappedWithCommunity : known!.mapped,
        context.strategy,
        context.fields,
      );
      item.target = merged;
      item.changes = changes;
      item.status = changes.length ? 'updated' : 'unchanged';
      if (merged.community !== item.existing.entry.community) {
        addNote(item, idColumn, `已在台账中（${item.existing.entry.community}），将改为${merged.community}`);
      }
    }
    counts[item.status]++;
    const target = item.target;
    if (!communities.has(target.community)) places.add(target.community);
    if (target.grid && !grids.has(`${target.community}/${target.grid}`))
      places.add(`${target.community}/${target.grid}`);
  }
  return { counts, newPlaces: [...places] };
}
