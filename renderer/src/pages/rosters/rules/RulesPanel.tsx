import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { RosterRules } from '../../../../../shared/domain/rosters/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { WriteOnly } from '../../../shell/auth/WriteOnly';

type Values = Omit<RosterRules, 'holidays'> & { holidays: Dayjs[] };

const TIME = { pattern: /^([01]?\d|2[0-3])[:：][0-5]\d$|^24[:：]00$/, message: '写成 08:00 这样' };

/** 规则: the hard rules every roster is checked against, and the holidays counted like weekends. */
export function RulesPanel() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = useApiQuery('rosterRules.get', {});
  const update = useApiMutation('rosterRules.update', ['rosterRules', 'rosters'], { silent: true });
  const [error, setError] = useState<string | null>(null);

  const save = async (v: Values) => {
    setError(null);
    try {
      await update.mutateAsync({ ...v, holidays: v.holidays.map((d) => d.format('YYYY-MM-DD')).sort() });
      void message.success('已保存排班规则');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!rules.data) return rules.error ? <Alert type="error" showIcon title={rules.error.message} /> : <Spin />;
  const hours = (label: string) => (
    <InputNumber min={0} max={168} suffix="小时" aria-label={label} style={{ width: '100%' }} />
  );

  return (
    <Card size="small" title="排班规则" style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">
        生成排班时不会违反这些规则；手工调整违反时会提示规则名称，确认后才保存。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ ...rules.data, holidays: rules.data.holidays.map((d) => dayjs(d)) }}
          onFinish={(v) => void save(v)}
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="minRestHours" label="两班之间至少休息" rules={[{ required: true, message: '请填写' }]}>
                {hours('两班之间至少休息')}
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="longRestAfterHours"
                label="长班（不少于）"
                rules={[{ required: true, message: '请填写' }]}
              >
                {hours('长班')}
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="longRestHours" label="长班后至少休息" rules={[{ required: true, message: '请填写' }]}>
                {hours('长班后至少休息')}
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="maxHoursPerWeek"
                label="每周最多（周一至周日）"
                rules={[{ required: true, message: '请填写' }]}
              >
                {hours('每周最多')}
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="nightStart" label="夜间从" rules={[{ required: true, message: '请填写' }, TIME]}>
                <Input placeholder="00:00" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="nightEnd"
                label="夜间到"
                rules={[{ required: true, message: '请填写' }, TIME]}
                extra="碰到这段时间的班算夜班"
              >
                <Input placeholder="06:00" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="holidays" label="法定节假日" extra="与周末一样计入周末班，尽量平均分配">
            <DatePicker multiple maxTagCount="responsive" style={{ width: '100%' }} placeholder="选择日期" />
          </Form.Item>
          <WriteOnly>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              保存
            </Button>
          </WriteOnly>
        </Form>
      </div>
    </Card>
  );
}
