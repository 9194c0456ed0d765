import { App, Button } from 'antd';
import { useState } from 'react';
import type { BackupInfo } from '../../../../../shared/domain/backup/types';
import { call } from '../../../api';
import { isBrowserMode, platform } from '../../../platform';

const filters = [{ name: '街道台账备份', extensions: ['sqlite'] }];

/** Takes a backup off the machine: into a folder picked (a USB drive), or as a download in browser mode. */
export function CopyBackupButton({ backup }: { backup: BackupInfo }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    setBusy(true);
    try {
      if (isBrowserMode) {
        const staged = await call('backups.stage', { id: backup.id });
        await platform.saveFile({ fileId: staged.fileId, suggestedName: backup.id, filters });
        return;
      }
      const dir = await platform.pickFolder({ title: '选择保存备份的文件夹（例如 U 盘）' });
      if (!dir) return;
      const copied = await call('backups.copyTo', { id: backup.id, dir });
      void message.success(`已复制到 ${copied.path}，并核对无误`);
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button size="small" loading={busy} onClick={copy}>
      {isBrowserMode ? '下载' : '复制到U盘…'}
    </Button>
  );
}
