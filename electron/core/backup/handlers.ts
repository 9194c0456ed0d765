import type { BackupRetention } from '../../../shared/domain/backup/types';
import { recordAudit } from '../audit/record';
import { signOut } from '../operators/session';
import type { HandlerMap, MethodsOf } from '../context';
import { copyBackupTo, stageBackup } from './copyTo';
import { createBackup } from './create';
import { backupDir, listBackupFiles, toInfo } from './folder';
import { clearDamageNotice, readDamageNotice } from './notice';
import { restoreBackup } from './restore';
import { readRetention, saveRetention } from './retention';
import { backupStatus } from './status';

export const backupHandlers: HandlerMap<MethodsOf<'backups'>> = {
  'backups.list': (ctx) => listBackupFiles(backupDir(ctx.info.dbFile)).map(toInfo),
  'backups.create': async (ctx) => toInfo(await createBackup(ctx, 'manual')),
  'backups.restore': (ctx, { id }) =>
    restoreBackup(ctx, id).then((result) => {
      // The restored data has its own operators (the one signed in may not exist there): sign in again.
      signOut(ctx.session);
      return result;
    }),
  'backups.copyTo': (ctx, { id, dir }) => copyBackupTo(ctx, id, dir),
  'backups.stage': (ctx, { id }) => stageBackup(ctx, id),
  'backups.status': (ctx) => backupStatus(ctx),

  'backups.dismissDamage': (ctx) => {
    const notice = readDamageNotice(ctx.info.dbFile);
    const dismissed = clearDamageNotice(ctx.info.dbFile);
    if (dismissed) {
      recordAudit(ctx, {
        method: 'backups.dismissDamage',
        entity: 'backup',
        entityId: null,
        before: notice,
        after: null,
      });
    }
    return { dismissed };
  },

  'backups.retention': (ctx) => readRetention(backupDir(ctx.info.dbFile)),

  'backups.setRetention': (ctx, input) => {
    const dir = backupDir(ctx.info.dbFile);
    const before = readRetention(dir);
    const after: BackupRetention = {
      keepDaily: input.keepDaily ?? before.keepDaily,
      keepMonthly: input.keepMonthly ?? before.keepMonthly,
      keepImport: input.keepImport ?? before.keepImport,
    };
    saveRetention(dir, after);
    recordAudit(ctx, { method: 'backups.setRetention', entity: 'backup', entityId: null, before, after });
    return after;
  },
};
