import type { BackupInfo, BackupRetention, BackupStatus, RestoreResult } from '../domain/backup/types';
import type { StagedFile } from '../platform';
import { backupCopyInput, backupIdInput, retentionInput } from '../schemas/backup';
import { method, none } from './method';

/** 备份与恢复: verified copies of the data file in the data folder's backups/, newest first. */
export const backupContract = {
  'backups.list': method(none).returns<BackupInfo[]>(),
  /** A manual backup, now; verified before it is listed. */
  'backups.create': method(none).returns<BackupInfo>(),
  /** Replaces the data with a backup; the current data is backed up first (恢复前). */
  'backups.restore': method(backupIdInput).returns<RestoreResult>(),
  /** Copies a backup into a folder the user picked (a USB drive); answers the copy's path. */
  'backups.copyTo': method(backupCopyInput).returns<{ path: string }>(),
  /** A backup staged for platform.saveFile (browser mode downloads it). */
  'backups.stage': method(backupIdInput).returns<StagedFile>(),
  /** The folder, the newest backup, a damaged data file found at start, a failed automatic backup. */
  'backups.status': method(none).returns<BackupStatus>(),
  /** The user chose not to restore after a damaged start: the notice goes away. */
  'backups.dismissDamage': method(none).returns<{ dismissed: boolean }>(),
  'backups.retention': method(none).returns<BackupRetention>(),
  'backups.setRetention': method(retentionInput).returns<BackupRetention>(),
};
