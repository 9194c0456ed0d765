import type { QueryClient } from '@tanstack/react-query';
import type { ColumnMapping, ImportAnalysis, RowStatus } from '../../../../shared/domain/excel/imports';
import type { StagedFile } from '../../../../shared/platform';

/** A file being imported: what the server read of it. */
export interface OpenImport {
  importId: string;
  file: StagedFile;
  analysis: ImportAnalysis;
}

/** The user's choices for one sheet that can be imported. */
export interface SheetChoice {
  name: string;
  include: boolean;
  /** For rows that name no community (no 社区 column, or a blank cell). */
  community: string;
  mapping: ColumnMapping[];
}

/** The fitting sheets of an analysis; choices made for an earlier analysis of the same file are kept. */
export function choicesFrom(analysis: ImportAnalysis, previous: SheetChoice[] = []): SheetChoice[] {
  return analysis.sheets
    .filter((s) => s.fits)
    .map((s) => {
      const before = previous.find((p) => p.name === s.name);
      return {
        name: s.name,
        include: before?.include ?? !s.hidden,
        community: before?.community ?? s.community ?? '',
        mapping: s.mapping,
      };
    });
}

export const hasTarget = (choice: SheetChoice, target: string) => choice.mapping.some((m) => m.target === target);

/** '孕产妇台账-湖东社区.xlsx' -> '孕产妇台账-湖东社区'. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

export const rowStatusLabels: Record<RowStatus, { label: string; color: string }> = {
  new: { label: '新增', color: 'green' },
  updated: { label: '更新', color: 'blue' },
  unchanged: { label: '无变化', color: 'default' },
  error: { label: '有错误', color: 'red' },
  duplicate: { label: '重复', color: 'orange' },
  excluded: { label: '已排除', color: 'default' },
};

export const workbookFilters = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** After a write that changes ledgers: every read of these domains is refreshed. */
export function refreshAfterWrite(client: QueryClient): Promise<void> {
  const domains = ['entries', 'communities', 'kinds', 'imports', 'workbench', 'audit'];
  return client.invalidateQueries({ predicate: (query) => domains.includes(String(query.queryKey[0]).split('.')[0]!) });
}
