import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName } from '../../../electron/core/backup/names';

const at = new Date('2026-11-23T09:30:05+08:00');

describe('backup file names', () => {
  it('carry the local time and the kind, and read back', () => {
    expect(backupName('daily', at)).toBe('ledger-20261123-093005-daily.sqlite');
    expect(parseBackupName('ledger-20261123-093005-daily.sqlite')).toEqual({
      kind: 'daily',
      at: '2026-11-23 09:30:05',
      seq: 1,
      note: null,
    });
  });

  it('number a second backup of a kind in the same second, and keep a migration’s versions', () => {
    expect(backupName('manual', at, 2)).toBe('ledger-20261123-093005-2-manual.sqlite');
    expect(parseBackupName('ledger-20261123-093005-2-manual.sqlite')).toMatchObject({ kind: 'manual', seq: 2 });
    const name = backupName('migration', at, 1, { from: 5, to: 6 });
    expect(name).toBe('ledger-20261123-093005-migration-v5-v6.sqlite');
    expect(parseBackupName(name)).toMatchObject({ kind: 'migration', note: 'v5→v6' });
  });

  it('read the names earlier versions gave the copy made before a migration', () => {
    expect(parseBackupName('迁移前-v1-to-v6-20261001-080000.sqlite')).toEqual({
      kind: 'migration',
      at: '2026-10-01 08:00:00',
      seq: 1,
      note: 'v1→v6',
    });
  });

  it('are the only files listed: partial copies, other files and paths are not backups', () => {
    for (const name of [
      '.partial-0a1b2c.sqlite',
      'ledger-20261123-093005-daily.sqlite-wal',
      'ledger-20261123-093005-weekly.sqlite',
      'retention.json',
      '../ledger-20261123-093005-daily.sqlite',
      'ledger.sqlite',
    ]) {
      expect(parseBackupName(name), name).toBeNull();
    }
  });
});
