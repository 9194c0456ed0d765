import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api';
import { PrintPage } from '../../../components/PrintPage';
import { dailyColumns, dailyRows, TOTAL } from './dailyTable';
import './dailyReportPrint.css';

/** Printable width of A4 landscape between the 8 mm side margins (dailyReportPrint.css). */
const WIDTH_MM = 281;
const COMMUNITY_MM = 26;

/** Print view: the 日报 of ?date= on A4 landscape, with ?preparer= and ?reviewer= at its foot. */
export function DailyReportPrint() {
  const [params] = useSearchParams();
  const date = params.get('date') ?? '';
  const report = useApiQuery('reports.daily', { date });
  const settings = useApiQuery('settings.get', {});
  const failed = report.error ?? settings.error;
  const data = report.data;
  const ready = Boolean((data && settings.data) || failed);
  const groups = data ? dailyColumns(data) : [];
  const leaves = groups.flatMap((g) => g.columns);
  const cellMm = leaves.length ? (WIDTH_MM - COMMUNITY_MM) / leaves.length : 0;
  const street = settings.data?.streetName || '（未设置街道名称）';

  return (
    <div className="print-form daily-report-print">
      <PrintPage ready={ready} title="日报" meta={data ? [`填报单位：${street}`, `日期：${data.date}`] : []}>
        {failed ? (
          <p className="print-error">{failed.message}</p>
        ) : (
          data && (
            <table>
              <colgroup>
                <col style={{ width: `${COMMUNITY_MM}mm` }} />
                {leaves.map((c) => (
                  <col key={c.key} style={{ width: `${cellMm}mm` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <th rowSpan={2}>社区</th>
                  {groups.map((g) =>
                    g.columns.length === 1 ? (
                      <th key={g.title} rowSpan={2}>
                        {g.title}
                      </th>
                    ) : (
                      <th key={g.title} colSpan={g.columns.length}>
                        {g.title}
                      </th>
                    ),
                  )}
                </tr>
                <tr>
                  {groups
                    .filter((g) => g.columns.length > 1)
                    .flatMap((g) => g.columns)
                    .map((c) => (
                      <th key={c.key}>{c.title}</th>
                    ))}
                </tr>
              </thead>
              <tbody>
                {dailyRows(data).map((r) => (
                  <tr key={r.community} className={r.community === TOTAL ? 'daily-total' : undefined}>
                    <td className="center">{r.community}</td>
                    {leaves.map((c) => (
                      <td key={c.key} className="center">
                        {r.values[c.key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        )}
        <div className="print-foot">
          <span>填报人：{params.get('preparer') ?? ''}</span>
          <span>审核人：{params.get('reviewer') ?? ''}</span>
        </div>
      </PrintPage>
    </div>
  );
}
