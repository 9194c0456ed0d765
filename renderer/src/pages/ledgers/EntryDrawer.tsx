import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Popconfirm, Result, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { todayText } from '../../../../shared/domain/dates';
import type { Entry, LedgerKind } from '../../../../shared/domain/ledgers/types';
import { call, useApiMutation, useApiQuery } from '../../api';
import { CloseDialog } from './CloseDialog';
import { EntryDetails } from './EntryDetails';
import { ServiceTimeline } from './ServiceTimeline';

interface Props {
  entryId: number;
  kinds: LedgerKind[];
  onClose: () => void;
  onEdit: (entry: Entry, kind: LedgerKind) => void;
}

/** One entry: its details, what to do with it, and its 服务记录. */
export function EntryDrawer({ entryId, kinds, onClose, onEdit }: Props) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const query = useApiQuery('entries.get', { id: entryId });
  const reopen = useApiMutation('entries.reopen', ['entries', 'workbench']);
  const [closing, setClosing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const entry = query.data;
  const kind = kinds.find((k) => k.key === entry?.kind);
  const today = todayText(new Date());

  const remove = async () => {
    if (!entry) return;
    setRemoving(true);
    try {
      await call('entries.remove', { id: entry.id });
      onClose();
      void message.success(`已删除“${entry.name}”`);
      await client.invalidateQueries({
        predicate: (q) => ['entries', 'kinds', 'workbench', 'services'].includes(String(q.queryKey[0]).split('.')[0]!),
      });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setRemoving(false);
    }
  };

  const actions = entry && kind && (
    <Space>
      <Button type="primary" onClick={() => onEdit(entry, kind)}>
        编辑
      </Button>
      {entry.status === '在册' ? (
        <Button onClick={() => setClosing(true)}>结案</Button>
      ) : (
        <Button
          loading={reopen.isPending}
          onClick={() =>
            reopen.mutate({ id: entry.id }, { onSuccess: (e) => void message.success(`“${e.name}”已重新在册`) })
          }
        >
          重新打开
        </Button>
      )}
      <Popconfirm
        title={`删除“${entry.name}”？`}
        description="这条记录和它的服务记录都会删除，不能恢复。结案请用“结案”。"
        okText="删除"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onConfirm={remove}
      >
        <Button danger loading={removing}>
          删除
        </Button>
      </Popconfirm>
    </Space>
  );

  return (
    <Drawer
      open
      size={640}
      onClose={onClose}
      title={
        entry ? (
          <Space>
            <span data-testid="drawer-name">{entry.name}</span>
            {entry.status === '已结案' ? <Tag>已结案</Tag> : <Tag color="green">在册</Tag>}
            {kind && <Tag>{kind.name}</Tag>}
          </Space>
        ) : (
          '人员信息'
        )
      }
      extra={actions}
    >
      {query.isLoading && <Spin />}
      {query.error && <Result status="warning" title={query.error.message} />}
      {entry && (
        <>
          <Alert
            data-testid="latest-service"
            type={entry.latestService ? 'info' : 'warning'}
            style={{ marginBottom: 16 }}
            title={
              entry.latestService
                ? `最近服务：${entry.latestService.at} ${entry.latestService.type}${entry.latestService.content ? `：${entry.latestService.content}` : ''}`
                : '最近服务：还没有服务记录'
            }
          />
          <EntryDetails entry={entry} kind={kind} today={today} />
          <ServiceTimeline entryId={entry.id} />
          {closing && <CloseDialog entry={entry} onDone={() => setClosing(false)} onCancel={() => setClosing(false)} />}
        </>
      )}
    </Drawer>
  );
}
