import { useSearchParams } from 'react-router';
import { isDateText, todayText } from '../../../../../shared/domain/dates';
import { weekdayName } from '../../../../../shared/domain/weekdays';
import { useApiQuery } from '../../../api';
import { FormTable } from '../../../components/FormTable';
import { PrintPage } from '../../../components/PrintPage';
import { monthOf } from '../period';
import { shiftTime } from '../shiftTime';
import './rosterPrint.css';

/** Column widths in mm; they add up to A4's 194 mm between the form margins. */
const COLUMNS: [string, number][] = [
  ['日期', 24],
  ['星期', 12],
  ['岗位', 36],
  ['地址', 52],
  ['班次', 16],
  ['时间', 36],
  ['带班', 18],
];

/** Print view: one person's own schedule as a list: ?cadreId=&from=&to=. */
export function RosterPersonPrint() {
  const [params] = useSearchParams();
  const month = monthOf(todayText(new Date()));
  const from = isDateText(params.get('from')) ? params.get('from')! : month.from;
  const to = isDateText(params.get('to')) ? params.get('to')! : month.to;
  const cadreId = Number(params.get('cadreId')) || 0;
  const schedule = useApiQuery('rosters.person', { cadreId, from, to });
  const data = schedule.data;
  const ready = Boolean(data || schedule.error);
  const meta = data
    ? [
        `${from} 至 ${to}`,
        `联系电话：${data.phone}`,
        `共 ${data.shifts.length} 个班，${data.hours} 小时，夜班 ${data.nights} 个`,
      ]
    : [];

  return (
    <div className="print-form roster-person-print">
      <PrintPage ready={ready} title={`${data?.name ?? ''}个人值班表`} meta={meta}>
        {schedule.error ? (
          <p className="print-error">{schedule.error.message}</p>
        ) : (
          <FormTable columns={COLUMNS}>
            {(data?.shifts ?? []).map((s) => (
              <tr key={`${s.date}|${s.postId}|${s.shiftName}`}>
                <td className="center">{s.date}</td>
                <td className="center">{weekdayName(s.weekday)}</td>
                <td>{s.postName}</td>
                <td>{s.address}</td>
                <td className="center">{s.shiftName}</td>
                <td className="center">{shiftTime(s.start, s.end)}</td>
                <td className="center">{s.isLeader ? '带班' : ''}</td>
              </tr>
            ))}
          </FormTable>
        )}
      </PrintPage>
    </div>
  );
}
