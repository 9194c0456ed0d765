import { Alert, Button, Space } from 'antd';
import { useApiMutation, useApiQuery } from '../api';
import { useRestore } from '../pages/settings/backup/useRestore';
import { useCan } from './auth/useAuth';

/**
 * Shown when the data file was found damaged at start: it was moved aside and the app runs on an
 * empty file. Offers the newest good backup until the user restores it or dismisses the notice.
 */
export function DamagedDataBanner() {
  const status = useApiQuery('backups.status', {});
  const dismiss = useApiMutation('backups.dismissDamage', ['backups']);
  const { confirmRestore, restoring } = useRestore();
  const { admin } = useCan();
  const damage = status.data?.damage;
  if (!damage) return null;

  const backup = damage.backup;
  return (
    <Alert
      banner
      type="error"
      data-testid="damaged-data-banner"
      title={
        backup
          ? `数据文件已损坏，已移到 ${damage.movedTo}。是否从 ${backup.at} 的备份恢复？`
          : `数据文件已损坏，已移到 ${damage.movedTo}。没有找到可用的备份，现在使用的是一个空的数据文件，请联系管理员。`
      }
      description={
        !admin
          ? '只有管理员可以恢复数据，请让管理员登录。'
          : backup
            ? '恢复前，现在的数据会先另存为一份“恢复前”备份。'
            : undefined
      }
      action={
        admin && (
          <Space>
            {backup && (
              <Button type="primary" danger loading={restoring} onClick={() => confirmRestore(backup)}>
                从备份恢复
              </Button>
            )}
            <Button loading={dismiss.isPending} onClick={() => dismiss.mutate({})}>
              {backup ? '暂不恢复' : '知道了'}
            </Button>
          </Space>
        )
      }
    />
  );
}
