import { Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { DutyPost, RosterCell, RosterGrid } from '../../../../../shared/domain/rosters/types';
import { weekdayName } from '../../../../../shared/domain/weekdays';
import { shortDate } from '../period';

export const POST_COLUMN_WIDTH = 150;
export const DAY_COLUMN_WIDTH = 148;

/** The grid's columns: the post (kept in view while scrolling), then one column a day. */
export function gridColumns(
  grid: RosterGrid,
  cellsOf: (postId: number, date: string) => RosterCell[],
  renderShift: (cell: RosterCell, post: DutyPost) => React.ReactNode,
): TableColumnsType<DutyPost> {
  return [
    {
      title: '岗位',
      key: 'post',
      fixed: 'left',
      width: POST_COLUMN_WIDTH,
      render: (_, post) => (
        <div>
          <Typography.Text strong>{post.name}</Typography.Text>
          <div>
            <Tag bordered={false}>{post.kind}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              每班 {post.perShift} 人
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {post.community || '街道'}
            {post.needsPartyMember ? ' · 需党员' : ''}
            {post.needsLeader ? ' · 需带班' : ''}
          </Typography.Text>
        </div>
      ),
    },
    ...grid.days.map((day) => ({
      title: (
        <div className={`roster-day-head${day.restDay ? ' rest-day' : ''}`}>
          <div>{shortDate(day.date)}</div>
          <div>{weekdayName(day.weekday)}</div>
        </div>
      ),
      key: day.date,
      width: DAY_COLUMN_WIDTH,
      onCell: () => ({ style: { verticalAlign: 'top', padding: 4 } }),
      render: (_: unknown, post: DutyPost) => {
        const cells = cellsOf(post.id, day.date);
        if (cells.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
        return cells.map((cell) => <div key={cell.shiftName}>{renderShift(cell, post)}</div>);
      },
    })),
  ];
}
