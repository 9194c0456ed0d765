/**
 * The analysis of a whole file: every sheet's header and mapping, all for one kind — the one
 * asked for, else the one most sheets point to.
 */

import { AppError } from '../../../../shared/errors';
import type { Ctx } from '../../context';
import { allKinds } from '../../ledgers/kinds';
import { analyzeSheet, type AnalyzedSheet, type SheetData } from './analyze';
import { rememberedMapping } from './remembered';

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function analyzeFile(
  ctx: Ctx,
  sheets: SheetData[],
  fileName: string,
  kind: string | undefined,
): { analyzed: AnalyzedSheet[]; suggestedKind: string | null } {
  const kinds = allKinds(ctx);
  if (kind && !kinds.some((k) => k.key === kind)) throw new AppError('NOT_FOUND', `没有“${kind}”这个台账类型。`);
  const communities = ctx.db.prepare('SELECT name FROM communities').pluck().all() as string[];
  const context = { fileName, communities, remembered: rememberedMapping(ctx.db) };
  const first = sheets.map((s) => analyzeSheet(s, kinds, kind ?? null, context));
  const votes = first.filter((a) => a.analysis.fits || a.analysis.suggestedKind).map((a) => a.analysis.suggestedKind);
  const suggested = kind ?? mostCommon(votes);
  // Every sheet is mapped for one kind: the chosen one, else the one most sheets point to.
  // A sheet that suggested that kind itself was mapped for it already.
  const analyzed =
    suggested && !kind
      ? sheets.map((s, i) =>
          first[i]!.analysis.suggestedKind === suggested ? first[i]! : analyzeSheet(s, kinds, suggested, context),
        )
      : first;
  return { analyzed, suggestedKind: suggested };
}
