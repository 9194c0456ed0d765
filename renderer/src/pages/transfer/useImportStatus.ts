import { useQuery } from '@tanstack/react-query';
import type { ImportStatus } from '../../../../shared/domain/excel/imports';
import { call } from '../../api';

export type ImportStage = 'reading' | 'checking' | 'writing';

/** The phases a stage reports; a status left over from the stage before is not shown. */
const stagePhases: Record<ImportStage, ImportStatus['phase'][]> = {
  reading: ['reading', 'ready'],
  checking: ['checking', 'checked'],
  writing: ['writing', 'done'],
};

/** Polls imports.status every 250 ms while a stage runs: reading, checking and writing report their rows. */
export function useImportStatus(importId: string | null, stage: ImportStage | null): ImportStatus | undefined {
  const on = stage !== null && importId !== null;
  const query = useQuery({
    queryKey: ['imports.status', { importId, stage }],
    queryFn: () => call('imports.status', { importId: importId! }),
    enabled: on,
    refetchInterval: on ? 250 : false,
    gcTime: 0,
  });
  return on && query.data && stagePhases[stage].includes(query.data.phase) ? query.data : undefined;
}
