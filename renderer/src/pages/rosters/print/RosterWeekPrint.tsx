import { useSearchParams } from 'react-router';
import type { RosterCell } from '../../../../../shared/domain/rosters/types';
import { addDays, isDateText, todayText } from '../../../../../shared/domain/dates';
import { weekdayName } from '../../../../../shared/domain/weekdays';
import { useApiQuery } from '../../../api';
import { FormTable } from '../../../components/FormTable';
import { PrintPage } from '../../../components/PrintPage';
import { indexCells } from '../grid/cellIndex';
import { shortDate, weekOf } from '../period';
import './rosterPrint.css';

/** Landscape A4 is 281 mm wide between the 8 mm margins: the post, then 7 days. */
const POST_MM = 34;
const DAY_MM = 35;

function CellText({ cell }: { cell: RosterCell }) {
  const names = cell.people.map((p) => (p.cadreId === cell.leaderId ? `${p.name}(带)` : p.name));
  return (
    <span className="week-shift">
      {cell.shiftName}：{names.join('、')}
      {cell.missing > 0 && (
        <span className="missing">
          {names.length ? '、' : ''}缺{cell.missing}人
        </span>
      )}
    </span>
  );
}

/** Print view: a week of a community's posts × 7 days with the names, on A4 landscape: ?from=&community=. */
export function RosterWeekPrint() {
  const [params] = useSearchParams();
  const asked = params.get('from') ?? '';
  const from = isDateText(asked) ? asked : weekOf(todayText(new Date())).from;
  const to = addDays(from, 6);
  const community = params.get('community') ?? '';
  const grid = useApiQuery('rosters.grid', { from, to, community: community || undefined });
  const settings = useApiQuery('settings.get', {});
  const data = grid.data;
  const failed = grid.error ?? settings.error;
  const ready = Boolean((data && settings.data) || failed);
  const cellsOf = indexCells(data?.cells ?? []);
  const days = data?.days ?? [];
  const columns: [string, number][] = [
    ['岗位', POST_MM],
    ...days.map((d): [string, number] => [`${shortDate(d.date)} ${weekdayName(d.weekday)}`, DAY_MM]),
  ];

  return (
    <div className="print-form roster-week-print">
      <PrintPage
        ready={ready}
        title={`${settings.data?.streetName ?? ''}${community}值班周表`}
        meta={[`${from} 至 ${to}`, `共 ${data?.posts.length ?? 0} 个岗位`]}
      >
        {failed ? (
          <p className="print-error">{failed.message}</p>
        ) : (
          <FormTable columns={columns}>
            {(data?.posts ?? []).map((post) => (
              <tr key={post.id}>
                <td>
                  <strong>{post.name}</strong>
                  <div>{post.community || '街道'}</div>
                </td>
                {days.map((d) => (
                  <td key={d.date}>
                    {cellsOf(post.id, d.date).map((cell) => (
                      <CellText key={cell.shiftName} cell={cell} />
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </FormTable>
        )}
      </PrintPage>
    </div>
  );
}
