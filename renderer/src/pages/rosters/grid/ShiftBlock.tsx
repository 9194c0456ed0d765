import { LockOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import type { RosterCell, RosterPersonRef } from '../../../../../shared/domain/rosters/types';
import { shiftTime } from '../shiftTime';
import './grid.css';

interface Props {
  cell: RosterCell;
  postName: string;
  /** Swap mode: people are picked one by one instead of the shift being opened. */
  swapping: boolean;
  /** The person picked first in swap mode, when on this shift. */
  pickedId: number | null;
  onOpen: (cell: RosterCell) => void;
  onPick: (cell: RosterCell, person: RosterPersonRef) => void;
}

function PersonName({ person, leader }: { person: RosterPersonRef; leader: boolean }) {
  return (
    <span>
      {person.name}
      {leader && (
        <Tag color="gold" bordered={false} style={{ marginLeft: 2, marginInlineEnd: 0, padding: '0 2px' }}>
          带班
        </Tag>
      )}
    </span>
  );
}

/** One shift of a post's day: its people (leader marked), places missing, broken rules, lock. */
export function ShiftBlock({ cell, postName, swapping, pickedId, onOpen, onPick }: Props) {
  const label = `${postName} ${cell.date} ${cell.shiftName}`;
  const issueLabels = [...new Set(cell.issues.map((i) => i.label))];
  const classes = ['roster-shift'];
  if (issueLabels.length) classes.push('has-issues');
  if (cell.missing > 0) classes.push('is-missing');
  if (swapping) classes.push('swapping');
  const open = () => !swapping && onOpen(cell);

  return (
    <div
      className={classes.join(' ')}
      role={swapping ? 'group' : 'button'}
      tabIndex={swapping ? undefined : 0}
      aria-label={label}
      data-testid="roster-shift"
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      }}
    >
      <div className="roster-shift-head">
        <span>{cell.shiftName}</span>
        <span>{shiftTime(cell.start, cell.end)}</span>
        {cell.locked && <LockOutlined aria-label="已锁定" title="已锁定：重新生成时保留" />}
        {issueLabels.length > 0 && (
          <Tooltip title={issueLabels.join('；')}>
            <WarningOutlined aria-label={`违反规则：${issueLabels.join('；')}`} />
          </Tooltip>
        )}
      </div>
      <div className="roster-shift-people">
        {cell.people.map((p) =>
          swapping ? (
            <Button
              key={p.cadreId}
              size="small"
              type={pickedId === p.cadreId ? 'primary' : 'dashed'}
              aria-label={`换班 ${p.name} ${label}`}
              aria-pressed={pickedId === p.cadreId}
              onClick={() => onPick(cell, p)}
            >
              {p.name}
            </Button>
          ) : (
            <PersonName key={p.cadreId} person={p} leader={p.cadreId === cell.leaderId} />
          ),
        )}
      </div>
      {cell.missing > 0 && (
        <Tooltip title={cell.reasons.length ? cell.reasons.join('；') : '尚未排满'}>
          <div className="roster-shift-missing">缺 {cell.missing} 人</div>
        </Tooltip>
      )}
    </div>
  );
}
