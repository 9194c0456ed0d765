/**
 * How backup files are named: ledger-20261123-093000-daily.sqlite, with -2, -3 … after the time
 * when two of a kind are made in the same second, and the versions after a migration's kind
 * (ledger-20261123-093000-migration-v5-v6.sqlite). The name carries the time and the kind, so the
 * list needs no database of its own — it survives a restore, and a folder copied off a USB drive
 * lists the same.
 */
import dayjs from 'dayjs';
import type { BackupKind } from '../../../shared/domain/backup/types';

const kinds = ['daily', 'monthly', 'import', 'migration', 'manual', 'restore'] as const satisfies BackupKind[];

const pattern = new RegExp(
  `^ledger-(\\d{8})-(\\d{6})(?:-(\\d{1,4}))?-(${kinds.join('|')})(?:-v(\\d+)-v(\\d+))?\\.sqlite$`,
);
/** What earlier versions wrote before a migration: 迁移前-v1-to-v6-20261123-093000.sqlite. */
const legacyPattern = /^迁移前-v(\d+)-to-v(\d+)-(\d{8})-(\d{6})\.sqlite$/;

export interface ParsedName {
  kind: BackupKind;
  /** 'YYYY-MM-DD HH:mm:ss', local time. */
  at: string;
  /** Orders backups made in the same second. */
  seq: number;
  note: string | null;
}

const stamp = (date: string, time: string) =>
  `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)} ${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}`;

export function parseBackupName(name: string): ParsedName | null {
  const match = pattern.exec(name);
  if (match) {
    const [, date, time, seq, kind, from, to] = match;
    return {
      kind: kind as BackupKind,
      at: stamp(date!, time!),
      seq: seq ? Number(seq) : 1,
      note: from ? `v${from}→v${to}` : null,
    };
  }
  const legacy = legacyPattern.exec(name);
  if (legacy) {
    const [, from, to, date, time] = legacy;
    return { kind: 'migration', at: stamp(date!, time!), seq: 1, note: `v${from}→v${to}` };
  }
  return null;
}

/** The name of a new backup; seq > 1 only when that name is already taken. */
export function backupName(kind: BackupKind, at: Date, seq = 1, versions?: { from: number; to: number }): string {
  const time = dayjs(at).format('YYYYMMDD-HHmmss');
  const suffix = versions ? `-v${versions.from}-v${versions.to}` : '';
  return `ledger-${time}${seq > 1 ? `-${seq}` : ''}-${kind}${suffix}.sqlite`;
}

/** A backup being written: never listed, removed at the next start if a crash left it. */
export const partialPrefix = '.partial-';
