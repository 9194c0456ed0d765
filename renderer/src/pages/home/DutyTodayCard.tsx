import { Card, Col, Empty, List, Row, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api';
import { shiftTime } from '../rosters/shiftTime';

/** 今日值班: today's roster against today's sign-ins, and the shifts nobody fills. */
export function DutyTodayCard({ date }: { date: string }) {
  const navigate = useNavigate();
  const vs = useApiQuery('rosters.vsSignins', { date }, { enabled: Boolean(date) });
  const grid = useApiQuery('rosters.grid', { from: date, to: date }, { enabled: Boolean(date) });
  const posts = new Map((grid.data?.posts ?? []).map((p) => [p.id, p.name]));
  const unfilled = (grid.data?.cells ?? []).filter((c) => c.missing > 0);
  const absent = vs.data?.absent ?? [];
  const rostered = (vs.data?.present ?? 0) + absent.length;

  if (grid.data && grid.data.cells.length === 0) {
    return (
      <Card data-testid="duty-today" title="今日值班">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今天没有排班" />
      </Card>
    );
  }
  return (
    <Card
      data-testid="duty-today"
      title="今日值班"
      loading={vs.isLoading || grid.isLoading}
      extra={<Typography.Link onClick={() => navigate('/rosters/checkin')}>到岗核对</Typography.Link>}
    >
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="排班人数" value={rostered} suffix="人" />
        </Col>
        <Col span={6}>
          <Statistic title="已签到" value={vs.data?.present ?? 0} suffix="人" />
        </Col>
        <Col span={6}>
          <Statistic
            title="未签到"
            value={absent.length}
            suffix="人"
            styles={{ content: absent.length ? { color: '#cf1322' } : undefined }}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title="缺人的班"
            value={unfilled.length}
            suffix="个"
            styles={{ content: unfilled.length ? { color: '#cf1322' } : undefined }}
          />
        </Col>
      </Row>
      {unfilled.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>缺人的班</Typography.Text>}
          dataSource={unfilled}
          renderItem={(c) => (
            <List.Item>
              {posts.get(c.postId)} · {c.shiftName} {shiftTime(c.start, c.end)} · 缺 {c.missing} 人
              {c.reasons.length > 0 && <Typography.Text type="secondary">（{c.reasons.join('；')}）</Typography.Text>}
            </List.Item>
          )}
        />
      )}
      {absent.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>排了班还没签到</Typography.Text>}
          dataSource={absent}
          renderItem={(a) => (
            <List.Item>
              {a.name} {a.phone} · {a.postName} {a.shiftName} {shiftTime(a.start, a.end)}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
