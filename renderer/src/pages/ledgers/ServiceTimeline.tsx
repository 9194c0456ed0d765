import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { ServiceRecord } from '../../../../shared/domain/ledgers/types';
import { useApiMutation, useApiQuery } from '../../api';
import { ServiceForm } from './ServiceForm';
import { DeleteLink } from '../../components/DeleteLink';

const TYPE_COLORS: Record<string, string> = {
  走访: 'blue',
  电话随访: 'cyan',
  送药送物: 'gold',
  绿色通道: 'red',
  其他: 'default',
};

function Details({ record }: { record: ServiceRecord }) {
  const green = [
    ['就医医院', record.hospital],
    ['车辆/司机', record.vehicle],
    ['陪同人员', record.escort],
    ['结果', record.outcome],
  ].filter(([, v]) => v);
  return (
    <>
      {record.content && <div style={{ whiteSpace: 'pre-wrap' }}>{record.content}</div>}
      {green.map(([label, value]) => (
        <div key={label}>
          <Typography.Text type="secondary">{label}：</Typography.Text>
          {value}
        </div>
      ))}
      {record.operator && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          记录人：{record.operator}
        </Typography.Text>
      )}
    </>
  );
}

/** 服务记录 of one entry, newest first, with add, edit and remove. */
export function ServiceTimeline({ entryId }: { entryId: number }) {
  const list = useApiQuery('services.list', { entryId });
  const remove = useApiMutation('services.remove', ['services', 'entries', 'workbench']);
  const [editing, setEditing] = useState<ServiceRecord | 'new' | null>(null);

  return (
    <section aria-label="服务记录" style={{ marginTop: 24 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          服务记录
        </Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增服务记录
        </Button>
      </Flex>
      {list.isLoading ? (
        <Spin />
      ) : (list.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有服务记录" />
      ) : (
        <Timeline
          data-testid="service-timeline"
          items={(list.data ?? []).map((record) => ({
            key: record.id,
            color: TYPE_COLORS[record.type] === 'default' ? 'gray' : TYPE_COLORS[record.type],
            content: (
              <div>
                <Flex justify="space-between" align="center" gap={8}>
                  <span>
                    <Typography.Text strong>{record.at}</Typography.Text>{' '}
                    <Tag color={TYPE_COLORS[record.type]}>{record.type}</Tag>
                  </span>
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(record)}>
                      编辑
                    </Button>
                    <DeleteLink title="删除这条服务记录？" onConfirm={() => remove.mutate({ id: record.id })} />
                  </span>
                </Flex>
                <Details record={record} />
              </div>
            ),
          }))}
        />
      )}
      {editing && (
        <ServiceForm
          entryId={entryId}
          record={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
