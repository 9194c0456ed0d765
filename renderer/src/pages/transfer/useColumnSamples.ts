import { useQuery } from '@tanstack/react-query';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import { call } from '../../api';
import type { OpenImport, SheetChoice } from './wizard';

/** Above this many rows a trial check just for the samples would keep the user waiting. */
const SAMPLE_LIMIT = 5000;

/** Sheet name -> column index -> its first values. */
export type ColumnSamples = Record<string, Record<number, string[]>>;

/**
 * The first 3 values of every column, to check the mapping against. Only checked rows carry their
 * cells, so this runs a trial preview (it writes nothing) and reads each sheet's first rows; the
 * real preview, made with the final mapping, replaces it.
 */
export function useColumnSamples(open: OpenImport | null, kind: string, choices: SheetChoice[], enabled: boolean) {
  const chosen = choices.filter((c) => c.include);
  const rowsOf = (name: string) => open?.analysis.sheets.find((s) => s.name === name)?.dataRows ?? 0;
  const total = chosen.reduce((n, c) => n + rowsOf(c.name), 0);
  return useQuery({
    queryKey: ['transfer-samples', open?.importId, kind, chosen.map((c) => c.name)],
    enabled: enabled && open !== null && chosen.length > 0 && total <= SAMPLE_LIMIT,
    staleTime: Infinity,
    queryFn: async (): Promise<ColumnSamples> => {
      if (!open) return {};
      await call('imports.preview', {
        importId: open.importId,
        kind,
        sheets: chosen.map((c) => ({ name: c.name, mapping: c.mapping, community: c.community.trim() || null })),
      });
      const samples: ColumnSamples = {};
      let offset = 0;
      for (const c of chosen) {
        const { rows: all } = await call('imports.rows', { importId: open.importId, offset, limit: 3 });
        const rows = all.filter((r) => r.sheet === c.name);
        const byColumn: Record<number, string[]> = {};
        for (const m of c.mapping)
          byColumn[m.column] = rows.map((r) => sampleText(r.cells[m.column] ?? '')).filter((v) => v !== '');
        samples[c.name] = byColumn;
        offset += rowsOf(c.name);
      }
      return samples;
    },
  });
}

/** A value as a sample: ID numbers masked, as everywhere else in the app. */
function sampleText(value: string): string {
  const text = value.trim();
  return /^[0-9０-９]{15,17}[0-9０-９xXｘＸ]$/.test(text) ? maskIdNumber(text) : text;
}
