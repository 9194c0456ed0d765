import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { BackupInfo } from '../../../../../shared/domain/backup/types';
import { call } from '../../../api';
import { kindText } from './format';

/**
 * Restores a backup after the user confirms; every query is then read again, because every piece
 * of data on screen may have changed.
 */
export function useRestore() {
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const restore = useMutation({
    mutationFn: (id: string) => call('backups.restore', { id }),
    onSuccess: (result) => {
      void client.invalidateQueries();
      void message.success(
        `已恢复到 ${result.restored.at} 的备份。恢复前的数据已另存为一份“恢复前”备份，需要时可以换回。`,
      );
    },
    onError: (error) => void message.error(error.message),
  });

  const confirmRestore = (backup: BackupInfo) =>
    modal.confirm({
      title: '从备份恢复',
      content: `将用 ${backup.at} 的备份（${kindText(backup)}）替换当前的全部数据。替换前会先把当前数据另存为一份“恢复前”备份。确定恢复吗？`,
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => restore.mutateAsync(backup.id).catch(() => {}),
    });

  return { confirmRestore, restoring: restore.isPending };
}
