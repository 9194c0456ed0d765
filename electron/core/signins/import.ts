/**
 * Imports sign-in records: people matched by name and unit (or by name alone when only one has
 * it), unknown people added to the registry; one sign-in per person per day, updated when there.
 * The preview runs the very same writes and rolls them back.
 */
import { nowText } from '../../../shared/domain/dates';
import { signOutAt } from '../../../shared/domain/signins/time';
import type { SigninImportResult } from '../../../shared/domain/signins/types';
import { recordAudit } from '../audit/record';
import { backupBeforeImport } from '../backup/create';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { readSigninRecords, type SigninRecord } from './importRows';
import { findSignin, getSignin } from './rows';
import { ensureCadre } from './write';

class Rollback extends Error {}

function communityIds(ctx: Ctx): Map<string, number> {
  const rows = ctx.db.prepare('SELECT name, id FROM communities').all() as { name: string; id: number }[];
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** The cadre a record names, or a message why it cannot be told. */
function matchCadre(ctx: Ctx, r: SigninRecord): number | string | null {
  if (r.phone) {
    const byPhone = prepared(ctx.db, 'SELECT id FROM cadres WHERE name = ? AND phone = ?').pluck().get(r.name, r.phone);
    if (byPhone !== undefined) return byPhone as number;
  }
  if (r.unit) {
    const byUnit = prepared(ctx.db, 'SELECT id FROM cadres WHERE name = ? AND unit = ?')
      .pluck()
      .all(r.name, r.unit) as number[];
    if (byUnit.length === 1) return byUnit[0]!;
    if (byUnit.length > 1) return `名册中有 ${byUnit.length} 个${r.unit}的“${r.name}”，请在文件中填写联系电话以区分`;
    return null;
  }
  const byName = prepared(ctx.db, 'SELECT id FROM cadres WHERE name = ?').pluck().all(r.name) as number[];
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) return `名册中有 ${byName.length} 个“${r.name}”，请在文件中填写派出单位以区分`;
  return null;
}

function apply(ctx: Ctx, records: SigninRecord[], result: SigninImportResult): void {
  const communities = communityIds(ctx);
  const now = nowText(ctx.now());
  const method = 'signins.importCommit';
  for (const r of records) {
    const error = (column: string, message: string) =>
      result.errors.push({ sheet: r.sheet, row: r.row, column, message });
    const community = r.community ? communities.get(r.community) : null;
    if (community === undefined) {
      error('下沉社区', `没有名为“${r.community}”的社区，请先在 设置 → 社区与网格 中添加`);
      continue;
    }
    let cadreId = matchCadre(ctx, r);
    if (typeof cadreId === 'string') {
      error('姓名', cadreId);
      continue;
    }
    if (cadreId === null) {
      cadreId = ensureCadre(
        ctx,
        { name: r.name, phone: r.phone, unit: r.unit, communityId: community, post: r.post },
        method,
      ).id;
      result.added.push({ name: r.name, unit: r.unit, community: r.community });
    }
    const signedIn = `${r.day} ${r.signedIn}`;
    const signedOut = r.signedOut ? signOutAt(r.day, signedIn, r.signedOut) : null;
    const before = findSignin(ctx, cadreId, r.day);
    if (before) {
      if (before.signedIn === signedIn && before.signedOut === signedOut && (before.note === r.note || !r.note)) {
        result.skipped++;
        continue;
      }
      prepared(ctx.db, 'UPDATE signins SET signed_in = ?, signed_out = ?, note = ?, updated_at = ? WHERE id = ?').run(
        signedIn,
        signedOut,
        r.note || before.note,
        now,
        before.id,
      );
      recordAudit(ctx, { method, entity: 'signin', entityId: before.id, before, after: getSignin(ctx, before.id) });
      result.updated++;
      continue;
    }
    const id = Number(
      prepared(
        ctx.db,
        `INSERT INTO signins (cadre_id, day, community_id, post, signed_in, signed_out, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(cadreId, r.day, community, r.post, signedIn, signedOut, r.note, now, now).lastInsertRowid,
    );
    recordAudit(ctx, { method, entity: 'signin', entityId: id, before: null, after: getSignin(ctx, id) });
    result.inserted++;
  }
}

export async function importSignins(ctx: Ctx, fileId: string, commit: boolean): Promise<SigninImportResult> {
  const { filePath } = ctx.files.resolve(fileId);
  const { records, errors } = await readSigninRecords(filePath);
  const result: SigninImportResult = { rows: records.length, inserted: 0, updated: 0, skipped: 0, added: [], errors };
  if (commit) backupBeforeImport(ctx);
  try {
    ctx.db.transaction(() => {
      apply(ctx, records, result);
      if (!commit) throw new Rollback();
    })();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  result.errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return result;
}
