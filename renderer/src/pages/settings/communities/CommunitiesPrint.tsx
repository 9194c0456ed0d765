import dayjs from 'dayjs';
import { useApiQuery } from '../../../api';
import { PrintPage } from '../../../components/PrintPage';

/** 社区与网格一览, on A4. */
export function CommunitiesPrint() {
  const settings = useApiQuery('settings.get', {});
  const list = useApiQuery('communities.list', {});
  const ready = Boolean(settings.data && list.data);
  return (
    <PrintPage
      ready={ready}
      title={`${settings.data?.streetName ?? ''}社区与网格一览`}
      meta={[`打印日期：${dayjs().format('YYYY年M月D日')}`]}
    >
      <table>
        <thead>
          <tr>
            <th style={{ width: '10%' }}>序号</th>
            <th style={{ width: '30%' }}>社区</th>
            <th>网格</th>
          </tr>
        </thead>
        <tbody>
          {list.data?.map((c, i) => (
            <tr key={c.id}>
              <td>{i + 1}</td>
              <td>{c.name}</td>
              <td>{c.grids.map((g) => g.name).join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintPage>
  );
}
