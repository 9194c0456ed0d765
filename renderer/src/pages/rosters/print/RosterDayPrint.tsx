import { Fragment } from 'react';
import { useSearchParams } from 'react-router';
import type { RosterDayPost } from '../../../../../shared/domain/rosters/types';
import { isDateText, todayText } from '../../../../../shared/domain/dates';
import { useApiQuery } from '../../../api';
import { FormTable } from '../../../components/FormTable';
import { PrintPage } from '../../../components/PrintPage';
import { longDate } from '../../home/entryLinks';
import { shiftTime } from '../shiftTime';
import './rosterPrint.css';

/** Column widths in mm; they add up to A4's 194 mm between the form margins (styles.css). */
const COLUMNS: [string, number][] = [
  ['班次', 16],
  ['时间', 38],
  ['姓名', 26],
  ['联系电话', 34],
  ['带班领导', 26],
  ['签名', 54],
];

/** One post's shifts: a row a person (empty places as blank rows), the shift's name, time and leader spanning them. */
function PostTable({ post }: { post: RosterDayPost }) {
  return (
    <section>
      <h2>
        {post.post.name}
        <span className="post-detail">
          {post.post.kind}
          {post.post.address ? ` · ${post.post.address}` : ''}
        </span>
      </h2>
      <FormTable columns={COLUMNS}>
        {post.shifts.map((shift) => {
          const rows = Math.max(1, shift.people.length + shift.missing);
          return (
            <Fragment key={shift.shiftName}>
              {Array.from({ length: rows }, (_, i) => {
                const person = shift.people[i];
                return (
                  <tr key={i}>
                    {i === 0 && (
                      <>
                        <td className="center" rowSpan={rows}>
                          {shift.shiftName}
                        </td>
                        <td className="center" rowSpan={rows}>
                          {shiftTime(shift.start, shift.end)}
                        </td>
                      </>
                    )}
                    <td className="center">{person ? person.name : <span className="missing">（待补）</span>}</td>
                    <td className="center">{person?.phone ?? ''}</td>
                    {i === 0 && (
                      <td className="center" rowSpan={rows}>
                        {shift.leader}
                      </td>
                    )}
                    <td />
                  </tr>
                );
              })}
            </Fragment>
          );
        })}
      </FormTable>
    </section>
  );
}

/** Print view: the daily roster (值班表) of a community's posts, or one post, on A4: ?date=&community=&postId=. */
export function RosterDayPrint() {
  const [params] = useSearchParams();
  const asked = params.get('date') ?? '';
  const date = isDateText(asked) ? asked : todayText(new Date());
  const community = params.get('community') ?? '';
  const postId = Number(params.get('postId')) || undefined;
  const day = useApiQuery('rosters.day', { date, community: community || undefined, postId });
  const data = day.data;
  const ready = Boolean(data || day.error);
  const onePost = postId && data?.posts.length === 1 ? data.posts[0]!.post.name : '';
  const title = `${data?.streetName ?? ''}${community}${onePost}值班表`;
  const meta = data ? [`日期：${longDate(data.date, data.weekday)}`, `共 ${data.posts.length} 个岗位`] : [];

  return (
    <div className="print-form roster-day-print">
      <PrintPage ready={ready} title={title} meta={meta}>
        {day.error ? (
          <p className="print-error">{day.error.message}</p>
        ) : (
          <>
            {data?.posts.length === 0 && <p>这一天没有排班。</p>}
            {data?.posts.map((p) => (
              <PostTable key={p.post.id} post={p} />
            ))}
            <div className="print-foot">
              <span>值班负责人（签字）：</span>
              <span>核对人：</span>
            </div>
          </>
        )}
      </PrintPage>
    </div>
  );
}
