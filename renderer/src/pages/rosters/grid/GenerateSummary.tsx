import { Alert, Descriptions, Table, Typography } from 'antd';
import type { GenerateResult, UnfilledShift } from '../../../../../shared/domain/rosters/types';
import { shiftTime } from '../shiftTime';

/** What a generation did: filled places, kept and replaced shifts, what stayed empty and why. */
export function GenerateSummary({ result }: { result: GenerateResult }) {
  const complete = result.unfilled.length === 0;
  return (
    <div data-testid="generate-result">
      <Alert
        type={complete ? 'success' : 'warning'}
        showIcon
        title={
          complete
            ? `已排满：${result.filledSlots}/${result.slots} 个岗位人次`
            : `已排 ${result.filledSlots}/${result.slots} 个岗位人次，${result.unfilled.length} 个班次未排满`
        }
        style={{ marginBottom: 12 }}
      />
      <Descriptions
        size="small"
        column={3}
        bordered
        items={[
          { key: 'period', label: '期间', children: `${result.from} 至 ${result.to}`, span: 3 },
          { key: 'shifts', label: '班次', children: result.shifts },
          { key: 'kept', label: '保留锁定', children: result.kept },
          { key: 'replaced', label: '替换', children: result.replaced },
          { key: 'night', label: '夜班差距', children: `${result.nightSpread} 次` },
          { key: 'weekend', label: '周末班差距', children: `${result.weekendSpread} 次`, span: 2 },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 12px', fontSize: 12 }}>
        差距是值班最多与最少的人相差的次数（含以前的排班），越小越平均。
      </Typography.Paragraph>
      {!complete && (
        <Table<UnfilledShift>
          size="small"
          aria-label="未排满的班次"
          rowKey={(u) => `${u.postId}|${u.date}|${u.shiftName}`}
          dataSource={result.unfilled}
          pagination={{ pageSize: 8, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个班次` }}
          columns={[
            { title: '日期', dataIndex: 'date', width: 100 },
            { title: '岗位', dataIndex: 'postName', width: 130 },
            {
              title: '班次',
              key: 'shift',
              width: 150,
              render: (_, u) => `${u.shiftName} ${shiftTime(u.start, u.end)}`,
            },
            { title: '缺', dataIndex: 'missing', width: 50, render: (n: number) => `${n} 人` },
            { title: '原因', key: 'reasons', render: (_, u) => u.reasons.join('；') },
          ]}
        />
      )}
    </div>
  );
}
