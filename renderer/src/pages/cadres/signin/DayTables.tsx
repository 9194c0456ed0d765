import { Button, Card, Col, List, Row, Table, Tag } from 'antd';
import type { SigninDay, SigninRow } from '../../../../../shared/domain/signins/types';
import { clockText } from './deskChoice';
import { WriteOnly } from '../../../shell/auth/WriteOnly';

/** The day's sign-ins, and who is expected but has not come. */
export function DayTables({
  data,
  loading,
  onCorrect,
}: {
  data?: SigninDay;
  loading: boolean;
  onCorrect: (row: SigninRow) => void;
}) {
  const day = data?.day ?? '';
  const rows = data?.rows ?? [];
  const missing = data?.missing ?? [];
  const out = rows.filter((r) => r.signedOut).length;
  return (
    <Row gutter={16}>
      <Col xs={24} xl={17}>
        <Card size="small" title={`已签到 ${rows.length} 人（已签退 ${out} 人）`}>
          <Table<SigninRow>
            size="small"
            rowKey="id"
            aria-label="已签到"
            loading={loading}
            dataSource={rows}
            pagination={false}
            scroll={{ y: 480 }}
            columns={[
              { title: '序号', width: 56, render: (_v, _r, i) => i + 1 },
              { title: '姓名', dataIndex: 'name', width: 90 },
              { title: '派出单位', dataIndex: 'unit', ellipsis: true },
              { title: '社区', dataIndex: 'community', width: 100 },
              { title: '岗位', dataIndex: 'post', width: 100, ellipsis: true },
              { title: '签到', width: 70, render: (_v, r) => clockText(day, r.signedIn) },
              {
                title: '签退',
                width: 90,
                render: (_v, r) => (r.signedOut ? clockText(day, r.signedOut) : <Tag color="orange">未签退</Tag>),
              },
              { title: '时长', width: 70, render: (_v, r) => (r.hours === null ? '' : `${r.hours} 时`) },
              { title: '备注', dataIndex: 'note', ellipsis: true },
              {
                title: '操作',
                width: 70,
                render: (_v, r) => (
                  <WriteOnly>
                    <Button size="small" type="link" onClick={() => onCorrect(r)}>
                      修改
                    </Button>
                  </WriteOnly>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <Card size="small" title={`未签到 ${missing.length} 人`}>
          <List
            size="small"
            aria-label="未签到"
            dataSource={missing}
            style={{ maxHeight: 520, overflow: 'auto' }}
            locale={{ emptyText: data?.community ? '应到人员都已签到' : '选择社区后显示该社区未签到的人' }}
            renderItem={(p) => (
              <List.Item>
                <span>{p.name}</span>
                <span style={{ color: '#888' }}>{p.unit}</span>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
