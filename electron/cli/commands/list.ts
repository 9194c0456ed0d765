import { AppError } from '../../../shared/errors';
import { maskIdNumber } from '../../../shared/domain/idNumber';
import type { FieldDef } from '../../../shared/domain/ledgers/fields';
import type { AppCore } from '../../core/app';
import { recordAudit } from '../../core/audit/record';
import { displayWidth } from '../../core/excel/export/widths';
import { viewRows } from '../../core/ledgers/entryQuery';
import { toEntry, type EntryRow } from '../../core/ledgers/entryRows';
import { getKind, type KindDef } from '../../core/ledgers/kinds';
import { UsageError, type CliCommand } from '../command';

export const NEED_LEDGER =
  '请用 --ledger 指定台账类型，例如：--ledger pregnant（孕产妇）或 --ledger dialysis（透析患者）。';

/** The kind --ledger names; an unknown one is a usage mistake (exit 2). */
export function kindOption(core: AppCore, ledger: string): KindDef {
  try {
    return getKind(core.ctx, ledger);
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(error.message);
    throw error;
  }
}

/** One entry with DESIGN.md's canonical keys, the kind's fields at top level, the full ID number. */
function flatEntry(row: EntryRow, defs: FieldDef[]): Record<string, unknown> {
  const {
    id: _id,
    kind: _kind,
    fields,
    closeNote: _note,
    closedAt: _at,
    latestService: _s,
    createdAt: _c,
    updatedAt: _u,
    ...common
  } = toEntry(row);
  const own = Object.fromEntries(defs.filter((d) => !(d.key in common)).map((d) => [d.key, fields[d.key] ?? null]));
  return { ...common, idNumber: row.id_number, ...own };
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export const list: CliCommand = {
  usage: [
    'list --ledger KIND [--db PATH] [--json]        列出一个台账的全部记录（在册与已结案）；--json 输出完整 JSON',
  ],
  check(_, options) {
    if (!options.ledger) throw new UsageError(NEED_LEDGER);
  },
  async run(core, _, options) {
    const kind = kindOption(core, options.ledger!);
    const { sql, params } = viewRows(core.ctx, { kind: kind.key, status: '全部' });
    const rows = core.ctx.db.prepare(sql).iterate(...params) as IterableIterator<EntryRow>;
    let count = 0;
    if (options.json) {
      const out: string[] = [];
      for (const row of rows) out.push(JSON.stringify(flatEntry(row, kind.fields)));
      count = out.length;
      // Full ID numbers leave the app here: the audit log says who took them, and when.
      core.ctx.db.transaction(() =>
        recordAudit(core.ctx, {
          method: 'cli.list',
          entity: 'export',
          entityId: null,
          before: null,
          after: { kind: kind.key, rows: count, masked: false, format: 'json' },
        }),
      )();
      process.stdout.write(count === 0 ? '[]\n' : `[\n${out.join(',\n')}\n]\n`);
      return 0;
    }
    const lines = [`${pad('姓名', 12)}${pad('身份证号', 20)}${pad('社区', 16)}状态`];
    for (const row of rows) {
      lines.push(
        `${pad(row.name, 12)}${pad(maskIdNumber(row.id_number), 20)}${pad(row.community_name, 16)}${row.status}`,
      );
      count++;
    }
    lines.push(`${kind.name}台账：共 ${count} 条`);
    console.log(lines.join('\n'));
    return 0;
  },
};
