import { SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Empty, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useApiMutation, useApiQuery } from '../../../api';
import { useCan } from '../../../shell/auth/useAuth';
import { cellKey, TallyGrid } from './TallyGrid';

/** 每日工作量: one day's figures per community, entered on a keyboard grid and saved together. */
export function DailyTallyPanel() {
  const { message, modal } = App.useApp();
  const can = useCan();
  const client = useQueryClient();
  const [date, setDate] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const day = useApiQuery('tallies.day', { date });
  const save = useApiMutation('tallies.save');

  // Only cells that differ from what is saved go to the server.
  const changed = Object.entries(edits).flatMap(([key, value]) => {
    const [communityId, itemId] = key.split(':').map(Number) as [number, number];
    const saved = day.data?.rows.find((r) => r.communityId === communityId)?.cells[itemId]?.value ?? null;
    return saved === value ? [] : [{ communityId, itemId, value }];
  });

  const doSave = () => {
    if (!can.write || save.isPending) return;
    if (changed.length === 0) return void message.info('没有需要保存的修改');
    save.mutate(
      { date, cells: changed },
      {
        onSuccess: (result) => {
          client.setQueryData(['tallies.day', { date }], result.day);
          setEdits({});
          void message.success(
            `已保存 ${date} 的工作量：${result.saved} 格填写` + (result.cleared ? `，${result.cleared} 格清空` : ''),
          );
        },
      },
    );
  };

  // Ctrl+S (⌘S) saves from anywhere on the page.
  const saveRef = useRef(doSave);
  saveRef.current = doSave;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const changeDate = (next: string) => {
    if (next === date) return;
    if (changed.length === 0) {
      setEdits({});
      return setDate(next);
    }
    modal.confirm({
      title: `${date} 还有 ${changed.length} 格修改没有保存`,
      content: '切换日期会丢弃这些修改。要保留它们，请点“留在本日”，再按“保存”（Ctrl+S）。',
      okText: '放弃修改并切换',
      okButtonProps: { danger: true },
      cancelText: '留在本日',
      onOk: () => {
        setEdits({});
        setDate(next);
      },
    });
  };

  const onEdit = (communityId: number, itemId: number, value: number | null) =>
    setEdits((prev) => ({ ...prev, [cellKey(communityId, itemId)]: value }));

  const data = day.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker
          aria-label="日期"
          value={dayjs(date)}
          allowClear={false}
          onChange={(d) => d && changeDate(d.format('YYYY-MM-DD'))}
        />
        <Typography.Text>{dayjs(date).format('dddd')}</Typography.Text>
        {can.write && (
          <Button type="primary" icon={<SaveOutlined />} onClick={doSave} loading={save.isPending}>
            保存
          </Button>
        )}
        {can.write ? (
          <Typography.Text type="secondary">
            Tab 向右、Enter 向下，Ctrl+S 保存{changed.length ? `；${changed.length} 格未保存` : ''}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">只读：查看账号不能修改工作量</Typography.Text>
        )}
      </Space>
      {day.isLoading && <Spin />}
      {day.error && <Alert type="error" showIcon title={day.error.message} />}
      {data && data.items.length === 0 && (
        <Empty
          description={
            can.admin ? (
              <span>
                还没有工作量项目。请到 <Link to="/settings/tallies">设置 → 工作量项目</Link> 添加。
              </span>
            ) : (
              '还没有工作量项目。请管理员到 设置 → 工作量项目 添加。'
            )
          }
        />
      )}
      {data && data.items.length > 0 && data.rows.length === 0 && (
        <Empty description="还没有社区。请管理员到 设置 → 社区与网格 添加社区。" />
      )}
      {data && data.items.length > 0 && data.rows.length > 0 && (
        <TallyGrid day={data} edits={edits} onEdit={onEdit} readOnly={!can.write} />
      )}
    </Space>
  );
}
