import { SwapOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { DutyPost, RosterCell } from '../../../../../shared/domain/rosters/types';
import { todayText } from '../../../../../shared/domain/dates';
import { useApiQuery } from '../../../api';
import { CommunitySelect } from '../CommunitySelect';
import { weekOf, type Period } from '../period';
import { PeriodPicker } from '../PeriodPicker';
import { useRosterCommunity } from '../useRosterCommunity';
import { CellEditor } from './CellEditor';
import { indexCells, namesOf } from './cellIndex';
import { GenerateDialog } from './GenerateDialog';
import { DAY_COLUMN_WIDTH, gridColumns, POST_COLUMN_WIDTH } from './gridColumns';
import { PrintBar } from './PrintBar';
import { ShiftBlock } from './ShiftBlock';
import { useSwapPick } from './useSwapPick';
import { WriteOnly } from '../../../shell/auth/WriteOnly';
import { useCan } from '../../../shell/auth/useAuth';

const POSTS_PER_PAGE = 20;

/** 排班表: posts × days of a period and community; open a shift to change it, or swap two people. */
export function GridPanel() {
  const { community, setCommunity, communityNames } = useRosterCommunity();
  const [period, setPeriod] = useState<Period>(() => weekOf(todayText(new Date())));
  const [generating, setGenerating] = useState(false);
  const [swapping, setSwapping] = useState(false);
  const [editing, setEditing] = useState<{ cell: RosterCell; post: DutyPost } | null>(null);
  // 查看 reads the grid; a shift opens for editing only for the roles that may change it.
  const canEdit = useCan().write;
  const grid = useApiQuery('rosters.grid', { ...period, community: community || undefined });
  const data = grid.data;
  const cellsOf = useMemo(() => indexCells(data?.cells ?? []), [data]);
  const names = useMemo(() => namesOf(data?.cells ?? []), [data]);
  const swap = useSwapPick(swapping, names);

  const columns = data
    ? gridColumns(data, cellsOf, (cell, post) => (
        <ShiftBlock
          cell={cell}
          postName={post.name}
          swapping={swapping}
          pickedId={swap.pickedOn(cell)}
          onOpen={(c) => canEdit && setEditing({ cell: c, post })}
          onPick={swap.pick}
        />
      ))
    : [];
  const unfilled = data?.cells.filter((c) => c.missing > 0).length ?? 0;
  const broken = data?.cells.filter((c) => c.issues.length > 0).length ?? 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Space wrap>
          <span>期间</span>
          <PeriodPicker value={period} onChange={setPeriod} />
          <span>社区</span>
          <CommunitySelect value={community} onChange={setCommunity} names={communityNames} />
        </Space>
        <WriteOnly>
          <Space wrap>
            <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => setGenerating(true)}>
              生成排班
            </Button>
            <Button
              icon={<SwapOutlined />}
              type={swapping ? 'primary' : 'default'}
              aria-pressed={swapping}
              onClick={() => setSwapping((s) => !s)}
            >
              {swapping ? '结束换班' : '换班'}
            </Button>
          </Space>
        </WriteOnly>
      </Flex>
      <PrintBar period={period} community={community} posts={data?.posts ?? []} />
      {swapping && (
        <Alert
          type="info"
          showIcon
          title={
            swap.first
              ? `已选 ${swap.first.person.name}（${swap.first.cell.date} ${swap.first.cell.shiftName}），再点另一个班次中的人与其对换；Esc 取消`
              : '先点一个班次中的人，再点另一个班次中的人，两人对换'
          }
        />
      )}
      {grid.error && <Alert type="error" showIcon title={grid.error.message} />}
      {data && (
        <Typography.Text type="secondary" data-testid="grid-summary">
          {data.posts.length} 个岗位，{data.cells.length} 个班次
          {unfilled > 0 ? `，${unfilled} 个未排满` : ''}
          {broken > 0 ? `，${broken} 个违反规则` : ''}
        </Typography.Text>
      )}
      <Table<DutyPost>
        size="small"
        bordered
        rowKey="id"
        sticky
        loading={grid.isFetching && !data}
        dataSource={data?.posts ?? []}
        columns={columns}
        // 20 posts a page: a month of 40 posts stays quick to draw and to scan.
        pagination={
          (data?.posts.length ?? 0) > POSTS_PER_PAGE
            ? { pageSize: POSTS_PER_PAGE, showTotal: (n) => `共 ${n} 个岗位`, showSizeChanger: false }
            : false
        }
        scroll={{ x: POST_COLUMN_WIDTH + (data?.days.length ?? 7) * DAY_COLUMN_WIDTH }}
        locale={{
          emptyText: (
            <Empty
              description={
                <span>
                  {community || '全部社区'}还没有岗位，请先在 <Link to="/rosters/posts">岗位</Link> 中添加
                </span>
              }
            />
          ),
        }}
      />
      {generating && (
        <GenerateDialog
          community={community}
          period={period}
          onClose={(generated) => {
            setGenerating(false);
            if (generated) setPeriod(generated);
          }}
        />
      )}
      {editing && <CellEditor cell={editing.cell} post={editing.post} names={names} onClose={() => setEditing(null)} />}
    </Space>
  );
}
