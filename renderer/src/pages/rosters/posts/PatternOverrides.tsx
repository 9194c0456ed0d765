import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Row, Select, Space } from 'antd';
import { weekdayName } from '../../../../../shared/domain/weekdays';

interface Props {
  patternOptions: { value: number; label: string }[];
}

/** Patterns that replace the post's usual one on some weekdays, and on some dates (a date beats a weekday). */
export function PatternOverrides({ patternOptions }: Props) {
  return (
    <>
      <Form.Item label="按星期另用班次" extra="不选则用默认班次" style={{ marginBottom: 8 }}>
        <Row gutter={[8, 8]}>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <Col span={6} key={d}>
              <Form.Item name={['byWeekday', String(d)]} noStyle>
                <Select
                  allowClear
                  aria-label={`${weekdayName(d)}班次`}
                  placeholder={`${weekdayName(d)}：默认`}
                  options={patternOptions}
                  style={{ width: '100%' }}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form.Item>
      <Form.Item label="按日期另用班次" extra="如节假日改为 24 小时值守；优先于按星期的设置">
        <Form.List name="byDate">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Space key={field.key} align="start">
                  <Form.Item name={[field.name, 'date']} noStyle rules={[{ required: true, message: '请选择日期' }]}>
                    <DatePicker aria-label="日期" placeholder="日期" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'patternId']}
                    noStyle
                    rules={[{ required: true, message: '请选择班次' }]}
                  >
                    <Select aria-label="当日班次" placeholder="班次" options={patternOptions} style={{ width: 200 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label="删除这一天"
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add()}>
                添加日期
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
