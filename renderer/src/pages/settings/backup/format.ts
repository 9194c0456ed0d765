import { backupKindLabels, type BackupInfo } from '../../../../../shared/domain/backup/types';

/** 12.3 MB, 850 KB: what a person reads in a list of files. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 每日, 导入前, 迁移前（v5→v6） … */
export function kindText(backup: Pick<BackupInfo, 'kind' | 'note'>): string {
  const label = backupKindLabels[backup.kind];
  return backup.note ? `${label}（${backup.note}）` : label;
}
