import { Alert, Col, Row, Space, Typography } from 'antd';
import { useApiQuery } from '../../api';
import { CountsCard } from './CountsCard';
import { DialysisCard } from './DialysisCard';
import { DueSoonCard } from './DueSoonCard';
import { DutyTodayCard } from './DutyTodayCard';
import { longDate } from './entryLinks';
import { OverdueCard } from './OverdueCard';

/** 工作台: what needs doing today. */
export function HomePage() {
  const today = useApiQuery('workbench.today', {});
  const data = today.data;
  const loading = today.isLoading;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="workbench-date">
        {data ? longDate(data.date, data.weekday) : '工作台'}
      </Typography.Title>
      {today.error && <Alert type="error" showIcon title="工作台加载失败" description={today.error.message} />}
      <DialysisCard
        date={data?.date ?? ''}
        weekday={data?.weekday ?? 0}
        rows={data?.dialysisToday ?? []}
        loading={loading}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={12}>
          <DueSoonCard rows={data?.dueSoon ?? []} loading={loading} />
        </Col>
        <Col xs={24} xxl={12}>
          <OverdueCard
            days={data?.followUpDays ?? 0}
            total={data?.overdue.total ?? 0}
            rows={data?.overdue.rows ?? []}
            loading={loading}
          />
        </Col>
      </Row>
      {data && <DutyTodayCard date={data.date} />}
      <CountsCard counts={data?.counts ?? []} loading={loading} />
    </Space>
  );
}
