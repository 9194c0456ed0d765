/** Backups of the ledger file: what they are called in the API and on screen. */

/** Why a backup was made; the file name carries it. */
export type BackupKind = 'daily' | 'monthly' | 'import' | 'migration' | 'manual' | 'restore';

export const backupKindLabels: Record<BackupKind, string> = {
  daily: '每日',
  monthly: '每月',
  import: '导入前',
  migration: '迁移前',
  manual: '手动',
  restore: '恢复前',
};

export interface BackupInfo {
  /** The file name in the backups folder; the only way the API names a backup. */
  id: string;
  kind: BackupKind;
  /** Local time it was made, 'YYYY-MM-DD HH:mm:ss'. */
  at: string;
  /** Bytes. */
  size: number;
  /** For a migration: the versions, e.g. 'v5→v6'. */
  note: string | null;
}

/** How many automatic backups are kept; older ones are deleted after each new one. */
export interface BackupRetention {
  keepDaily: number;
  keepMonthly: number;
  keepImport: number;
}

export const defaultRetention: BackupRetention = { keepDaily: 14, keepMonthly: 12, keepImport: 20 };

/** A data file found damaged at start: moved aside, replaced by an empty one, a backup offered. */
export interface DamageNotice {
  /** Local time it was found, 'YYYY-MM-DD HH:mm:ss'. */
  at: string;
  /** Where the damaged file was moved to (its -wal/-shm beside it). */
  movedTo: string;
  /** What SQLite said, for the administrator. */
  reason: string;
  /** The newest backup that passed a check when the damage was found; null when there is none. */
  backup: BackupInfo | null;
}

export interface BackupStatus {
  /** The folder backups are written to. */
  folder: string;
  latest: BackupInfo | null;
  /** Set until the user restores or dismisses it. */
  damage: DamageNotice | null;
  /** The last automatic backup that failed since the app started, with the reason. */
  lastFailure: { at: string; message: string } | null;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the data as it was just before the restore. */
  safetyCopy: BackupInfo;
}
