import { Alert, App, Button, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import type { BackupInfo } from '../../../../../shared/domain/backup/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { CopyBackupButton } from './CopyBackupButton';
import { formatSize, kindText } from './format';
import { RetentionForm } from './RetentionForm';
import { useRestore } from './useRestore';

/** 设置 → 备份与恢复: the backups, newest first; make one now, restore one, copy one to a USB drive. */
export function BackupPanel() {
  const list = useApiQuery('backups.list', {});
  const status = useApiQuery('backups.status', {});
  const create = useApiMutation('backups.create', ['backups']);
  const { confirmRestore, restoring } = useRestore();
  const { message } = App.useApp();

  const backupNow = () =>
    create.mutate({}, { onSuccess: (made) => void message.success(`已备份（${formatSize(made.size)}），并检查无误`) });

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        每天第一次打开街道台账时自动备份一次（一直开着也每天一次），每月另留一份；每次导入、升级数据结构和恢复之前
        也会先备份。每份备份写好后都会做完整性检查。请定期把备份复制到 U 盘，放在另一处保管。
      </Typography.Paragraph>
      {status.data?.lastFailure && (
        <Alert
          type="error"
          showIcon
          title={`${status.data.lastFailure.at} 的自动备份失败：${status.data.lastFailure.message}`}
        />
      )}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="备份文件夹">
          <Typography.Text copyable>{status.data?.folder ?? ''}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="最近一次备份">
          {status.data?.latest ? `${status.data.latest.at}（${kindText(status.data.latest)}）` : '还没有备份'}
        </Descriptions.Item>
      </Descriptions>
      <Space>
        <Button type="primary" loading={create.isPending} onClick={backupNow}>
          立即备份
        </Button>
      </Space>
      {list.error && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      <Table<BackupInfo>
        size="small"
        rowKey="id"
        loading={list.isFetching || restoring}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份' }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180 },
          { title: '类型', key: 'kind', width: 160, render: (_, b) => <Tag>{kindText(b)}</Tag> },
          { title: '大小', dataIndex: 'size', width: 110, render: (size: number) => formatSize(size) },
          {
            title: '操作',
            key: 'actions',
            render: (_, b) => (
              <Space>
                <Button size="small" danger onClick={() => confirmRestore(b)} aria-label={`从 ${b.at} 的备份恢复`}>
                  恢复
                </Button>
                <CopyBackupButton backup={b} />
              </Space>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        自动备份保留份数
      </Typography.Title>
      <RetentionForm />
    </Flex>
  );
}
