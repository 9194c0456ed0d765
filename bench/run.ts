/** npm run bench: each benchmark prints its figures and its ratio to a baseline measured in the same run. */
import { benchExport } from './exportBench';
import { benchImport } from './importBench';
import { benchSearch } from './search';

const only = process.argv[2];
// The import first: its baseline (a bare exceljs read on this thread) is slowed by the heap the
// other benchmarks leave behind, which would flatter the import's ratios.
const benches: Record<string, () => void | Promise<void>> = {
  import: benchImport,
  search: benchSearch,
  export: benchExport,
  roster: async () => (await import('./rosterBench')).benchRoster(),
  xls: async () => (await import('./xlsBench')).benchXls(),
  phones: async () => (await import('./phoneParsers')).benchPhoneParsers(),
};

for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  await run();
}
