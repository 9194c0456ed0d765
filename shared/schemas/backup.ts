import { z } from 'zod';

/** A backup by its file name: never a path, so no input can reach outside the backups folder. */
export const backupIdInput = z.strictObject({
  id: z
    .string({ error: '请选择一个备份' })
    .min(1, '请选择一个备份')
    .max(200, '备份名称太长')
    // ledger-20261123-093000-daily.sqlite, or an older 迁移前-v1-to-v6-20261123-093000.sqlite.
    .regex(/^(ledger|迁移前)-[\w-]+\.sqlite$/, '备份名称无效，请从备份列表中选择'),
});

export const backupCopyInput = z.strictObject({
  id: backupIdInput.shape.id,
  /** A folder the user picked (a USB drive); the copy keeps the backup's file name. */
  dir: z.string({ error: '请选择保存的文件夹' }).trim().min(1, '请选择保存的文件夹').max(1000, '文件夹路径太长'),
});

const keep = (what: string, max: number) =>
  z
    .number({ error: `${what}的份数必须是数字` })
    .int(`${what}的份数必须是整数`)
    .min(1, `${what}至少保留 1 份`)
    .max(max, `${what}最多保留 ${max} 份`);

export const retentionInput = z.strictObject({
  keepDaily: keep('每日备份', 365).optional(),
  keepMonthly: keep('每月备份', 120).optional(),
  keepImport: keep('导入前备份', 200).optional(),
});
