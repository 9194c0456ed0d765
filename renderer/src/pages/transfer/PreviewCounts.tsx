import { Card, Col, Row, Statistic } from 'antd';
import type { ImportCounts, RowStatus } from '../../../../shared/domain/excel/imports';
import { rowStatusLabels } from './wizard';

const colors: Record<RowStatus, string | undefined> = {
  new: '#389e0d',
  updated: '#0958d9',
  unchanged: undefined,
  error: '#cf1322',
  duplicate: '#d46b08',
  excluded: '#8c8c8c',
};

const order: RowStatus[] = ['new', 'updated', 'unchanged', 'error', 'duplicate', 'excluded'];

/** What the import will do with the rows: 新增 / 更新 / 无变化 / 有错误 / 重复 / 已排除. */
export function PreviewCounts({ counts }: { counts: ImportCounts }) {
  return (
    <Card size="small">
      <Row gutter={[16, 8]}>
        <Col flex="1 1 100px">
          <Statistic title="文件中的数据行" value={counts.total} suffix="行" />
        </Col>
        {order.map((status) => (
          <Col flex="1 1 100px" key={status} data-testid={`count-${status}`}>
            <Statistic
              title={rowStatusLabels[status].label}
              value={counts[status]}
              suffix={status === 'new' || status === 'updated' || status === 'unchanged' ? '人' : '行'}
              styles={{ content: { color: counts[status] > 0 ? colors[status] : undefined } }}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
