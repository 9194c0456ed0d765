import type { ImportResult } from '../../../../shared/domain/excel/imports';
import { nowText } from '../../../../shared/domain/dates';
import { AppError } from '../../../../shared/errors';
import { recordAudit } from '../../audit/record';
import type { Ctx } from '../../context';
import { backupBeforeImport } from '../../backup/create';
import { insertCommunity, insertGrid } from '../../communities/write';
import { prepared } from '../../db/prepared';
import { updateEntry } from '../../ledgers/entryWrite';
import { rememberValueChoices } from '../../ledgers/words';
import { entryInserter } from './insertRows';
import type { ImportSession, Item } from './session';
import { rememberMapping } from './remembered';
import { copyStaged } from './staging';

/**
 * New entries that go in as staged (staging.ts), gathered into runs of consecutive staged rows;
 * flush() copies a run with one statement. Should the copy fail on the one-open-entry rule, or
 * a place be missing, the run's rows are written one by one, which stops at the row at fault
 * with insertRows.ts's message.
 */
function stagedRuns(ctx: Ctx, kind: string, now: string, insert: ReturnType<typeof entryInserter>) {
  let run: { first: number; last: number; items: Item[] } | null = null;
  return {
    add(item: Item): boolean {
      const seq = item.status === 'new' && item.target === item.checked.entry ? item.checked.staged : undefined;
      if (seq === undefined) return false;
      if (run && seq === run.last + 1) {
        run.last = seq;
        run.items.push(item);
      } else {
        this.flush();
        run = { first: seq, last: seq, items: [item] };
      }
      return true;
    },
    flush(): void {
      if (!run) return;
      const { first, last, items } = run;
      run = null;
      try {
        if (copyStaged(ctx.db, kind, now, first, last)) return;
      } catch (error) {
        if ((error as { code?: unknown })?.code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      }
      for (const item of items) insert(item.target!, item.checked.search);
    },
  };
}

/** Thrown inside the transaction when the user cancels: everything written so far rolls back. */
export class Cancelled extends Error {}

function ensurePlaces(session: ImportSession): void {
  const ctx = session.ctx;
  for (const place of session.newPlaces) {
    const [community, grid] = place.split('/') as [string, string | undefined];
    const communityId =
      (ctx.db.prepare('SELECT id FROM communities WHERE name = ?').pluck().get(community) as number | undefined) ??
      insertCommunity(ctx, community);
    const known =
      grid && ctx.db.prepare('SELECT 1 FROM grids WHERE community_id = ? AND name = ?').get(communityId, grid);
    if (grid && !known) insertGrid(ctx, communityId, grid);
  }
}

/**
 * Writes the previewed rows in ONE transaction — all or nothing — as one import batch that
 * undo can take back, with one audit row naming the file.
 */
export function commitImport(
  session: ImportSession,
  cancelled: () => boolean,
  onProgress: (done: number, total: number) => void,
): ImportResult {
  if (!session.options || !session.kind) throw new AppError('BAD_INPUT', '请先预览，再导入。');
  const ctx = session.ctx;
  const kind = session.kind.key;
  const work = session.items.filter((i) => i.status === 'new' || i.status === 'updated');
  const counts = session.summary().counts;
  if (work.length > 0) backupBeforeImport(ctx);
  const run = ctx.db.transaction(() => {
    ensurePlaces(session);
    const now = nowText(ctx.now());
    const batchId = Number(
      ctx.db
        .prepare(
          `INSERT INTO import_batches (file_name, kind, at, operator, inserted, updated, created_places, last_service_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM services))`,
        )
        .run(session.fileName, kind, now, ctx.operator, counts.new, counts.updated, JSON.stringify(session.newPlaces))
        .lastInsertRowid,
    );
    const change = prepared(
      ctx.db,
      'INSERT INTO import_changes (batch_id, entry_id, action, before, revision) VALUES (?, ?, ?, ?, (SELECT revision FROM entries WHERE id = ?))',
    );
    // Entries get ids above the largest one, and the transaction keeps every other writer out:
    // the entries above this id when the rows are written are this import's.
    const lastBefore = ctx.db.prepare('SELECT COALESCE(MAX(id), 0) FROM entries').pluck().get() as number;
    const insert = entryInserter(ctx, kind);
    const staged = stagedRuns(ctx, kind, now, insert);
    work.forEach((item, index) => {
      if (index % 500 === 0) {
        staged.flush();
        if (cancelled()) throw new Cancelled();
        onProgress(index, work.length);
      }
      if (staged.add(item)) return;
      staged.flush();
      if (item.status === 'new') {
        insert(item.target!, item.target === item.checked.entry ? item.checked.search : undefined);
      } else {
        updateEntry(ctx, item.existing!.id, kind, item.target!);
        change.run(batchId, item.existing!.id, 'update', JSON.stringify(item.existing!.raw), item.existing!.id);
      }
    });
    staged.flush();
    // A new entry's revision is 0 (the column's default; only an update counts it on).
    ctx.db
      .prepare(
        "INSERT INTO import_changes (batch_id, entry_id, action, before, revision) SELECT ?, id, 'insert', NULL, 0 FROM entries WHERE id > ?",
      )
      .run(batchId, lastBefore);
    for (const { signature, targets } of session.rememberedMappings())
      rememberMapping(ctx.db, signature, kind, targets, now);
    // 值对应 choices hold for the kind's later imports, its forms and filters.
    rememberValueChoices(
      ctx,
      kind,
      Object.entries(session.options!.values ?? {}).flatMap(([target, map]) =>
        Object.entries(map).map(([value, choice]) => ({ target, value, choice })),
      ),
    );
    recordAudit(ctx, {
      method: 'imports.commit',
      entity: 'import',
      entityId: batchId,
      before: null,
      after: {
        file: session.fileName,
        kind,
        inserted: counts.new,
        updated: counts.updated,
        unchanged: counts.unchanged,
        createdPlaces: session.newPlaces,
      },
    });
    onProgress(work.length, work.length);
    return batchId;
  });
  const batchId = run.immediate();
  return {
    batchId,
    inserted: counts.new,
    updated: counts.updated,
    unchanged: counts.unchanged,
    skipped: counts.error + counts.duplicate + counts.excluded,
    errors: session.problems(),
  };
}
