import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { phoneWithNote } from '../../../../shared/domain/phone';
import { useApiQuery } from '../../api';
import { FormTable } from '../../components/FormTable';
import { PrintPage } from '../../components/PrintPage';
import { longDate } from './entryLinks';
import './dialysisPrint.css';

/**
 * Column widths in mm; they add up to A4's 194 mm between the 8 mm side margins (dialysisPrint.css).
 * At 10pt a Chinese character takes 3.5 mm and a digit 2 mm: an 11-digit mobile number fits on one
 * line, and so do a 3-character name, a 4-character community and most hospital names.
 */
const COLUMNS: [string, number][] = [
  ['序号', 9],
  ['姓名', 14],
  ['联系电话', 25],
  ['社区', 17],
  ['住址', 41],
  ['透析医院', 32],
  ['时段', 10],
  ['交通方式', 16],
  ['陪护人', 13],
  ['签字', 17],
];

/** Print view: today's (or ?date=YYYY-MM-DD's) dialysis patients on one A4 page, with a column to sign. */
export function DialysisTodayPrint() {
  const [params] = useSearchParams();
  const date = params.get('date') ?? undefined;
  const today = useApiQuery('workbench.today', date ? { date } : {});
  const settings = useApiQuery('settings.get', {});
  const data = today.data;
  const rows = data?.dialysisToday ?? [];
  const failed = today.error ?? settings.error;
  // An error is "ready" too: the printing window must not wait forever for a page that will not come.
  const ready = Boolean((data && settings.data) || failed);

  const meta = data
    ? [
        `日期：${longDate(data.date, data.weekday)}`,
        `共 ${rows.length} 人`,
        `打印时间：${dayjs().format('YYYY-MM-DD HH:mm')}`,
      ]
    : [];

  return (
    <div className="print-form dialysis-print">
      <PrintPage ready={ready} title={`${settings.data?.streetName ?? ''}今日透析患者名单`} meta={meta}>
        {failed ? (
          <p className="print-error">{failed.message}</p>
        ) : (
          <FormTable columns={COLUMNS}>
            {rows.map((r, i) => (
              <tr key={r.entryId}>
                <td className="center">{i + 1}</td>
                <td>{r.name}</td>
                <td>
                  {r.phones.map((p) => (
                    <div key={p}>{phoneWithNote(p, r.phoneNotes)}</div>
                  ))}
                </td>
                <td>{r.community}</td>
                <td>{r.address}</td>
                <td>{r.hospital}</td>
                <td>{r.session}</td>
                <td>{r.transport}</td>
                <td>{r.escort}</td>
                <td />
              </tr>
            ))}
            {data && rows.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length} className="print-empty">
                  今天没有需要透析的患者
                </td>
              </tr>
            )}
          </FormTable>
        )}
      </PrintPage>
    </div>
  );
}
