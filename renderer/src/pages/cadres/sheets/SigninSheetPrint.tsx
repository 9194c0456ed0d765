import { useSearchParams } from 'react-router';
import { isDateText, isoWeekday, todayText } from '../../../../../shared/domain/dates';
import { useApiQuery } from '../../../api';
import { FormTable } from '../../../components/FormTable';
import { PrintPage } from '../../../components/PrintPage';
import { longDate } from '../../home/entryLinks';
import './signinSheet.css';

/** Column widths in mm; they add up to A4's 194 mm between the margins (signinSheet.css). */
const COLUMNS: [string, number][] = [
  ['序号', 10],
  ['姓名', 17],
  ['单位', 34],
  ['联系电话', 25],
  ['签到时间', 18],
  ['签到签名', 24],
  ['签退时间', 18],
  ['签退签名', 24],
  ['备注', 24],
];

/** Blank rows after the expected people, for walk-ins. */
const BLANK_ROWS = 8;

/** Print view: a day's sign-in sheet for a community (and post) on A4: ?day=&community=&post=. */
export function SigninSheetPrint() {
  const [params] = useSearchParams();
  const asked = params.get('day') ?? '';
  const day = isDateText(asked) ? asked : todayText(new Date());
  const community = params.get('community') ?? '';
  const post = params.get('post') ?? '';
  const sheet = useApiQuery('signins.sheet', { day, community: community || undefined, post: post || undefined });
  const data = sheet.data;
  const ready = Boolean(data || sheet.error);
  const people = data?.people ?? [];
  const title = `${data?.streetName ?? ''}${community}下沉干部签到表`;
  const meta = [
    `日期：${longDate(day, isoWeekday(day))}`,
    `岗位：${post || '＿＿＿＿＿＿'}`,
    `应到 ${people.length} 人`,
  ];

  return (
    <div className="print-form signin-sheet">
      <PrintPage ready={ready} title={title} meta={meta}>
        {sheet.error ? (
          <p className="print-error">{sheet.error.message}</p>
        ) : (
          <>
            <FormTable columns={COLUMNS}>
              {people.map((p, i) => (
                <tr key={p.cadreId}>
                  <td className="center">{i + 1}</td>
                  <td className="center">{p.name}</td>
                  <td className="unit">{p.unit}</td>
                  <td className="center">{p.phone}</td>
                  <td />
                  <td />
                  <td />
                  <td />
                  <td />
                </tr>
              ))}
              {Array.from({ length: BLANK_ROWS }, (_, i) => (
                <tr key={`blank-${i}`}>
                  <td className="center">{people.length + i + 1}</td>
                  {COLUMNS.slice(1).map(([name]) => (
                    <td key={name} />
                  ))}
                </tr>
              ))}
            </FormTable>
            <div className="print-foot">
              <span>社区负责人（签字）：</span>
              <span>核对人：</span>
            </div>
          </>
        )}
      </PrintPage>
    </div>
  );
}
