import { Alert, Form, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { GenerateResult } from '../../../../../shared/domain/rosters/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import type { Period } from '../period';
import { PeriodPicker } from '../PeriodPicker';
import { GenerateSummary } from './GenerateSummary';

interface Values {
  period: Period;
  postIds: number[];
  cadreIds: number[];
}

interface Props {
  community: string;
  period: Period;
  /** Called with the generated period once the user closes the summary. */
  onClose: (generated: Period | null) => void;
}

/** 生成排班: the period, posts and people; then what was filled, what was not and why. */
export function GenerateDialog({ community, period, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const posts = useApiQuery('dutyPosts.list', { community: community || undefined });
  const people = useApiQuery('dutyPeople.list', { community: community || undefined });
  const generate = useApiMutation('rosters.generate', ['rosters']);
  const [result, setResult] = useState<GenerateResult | null>(null);
  const chosen = Form.useWatch('period', form) ?? period;
  const chosenPeople = (Form.useWatch('cadreIds', form) as number[] | undefined)?.length;
  const loading = !posts.data || !people.data;

  const run = async (values: Values) => {
    const done = await generate.mutateAsync({
      from: values.period.from,
      to: values.period.to,
      postIds: values.postIds,
      cadreIds: values.cadreIds,
    });
    setResult(done);
  };

  if (result)
    return (
      <Modal
        open
        title="排班结果"
        width={760}
        okText="完成"
        onOk={() => onClose({ from: result.from, to: result.to })}
        onCancel={() => onClose({ from: result.from, to: result.to })}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <GenerateSummary result={result} />
      </Modal>
    );

  return (
    <Modal
      open
      title={`生成排班${community ? `：${community}` : ''}`}
      width={680}
      okText="生成"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      confirmLoading={generate.isPending}
      okButtonProps={{ disabled: loading }}
      destroyOnHidden
    >
      {loading ? (
        <Spin />
      ) : (
        <div onKeyDownCapture={enterSubmits(() => form.submit())}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{
              period,
              postIds: posts.data!.map((p) => p.id),
              cadreIds: people.data!.map((p) => p.cadreId),
            }}
            onFinish={(v) => void run(v).catch(() => undefined)}
          >
            <Form.Item name="period" label="期间" extra="一天到一个月（最多 31 天）">
              <PeriodPicker ariaLabel="排班期间" />
            </Form.Item>
            <Form.Item name="postIds" label="岗位" rules={[{ required: true, message: '请至少选一个岗位' }]}>
              <Select
                mode="multiple"
                aria-label="岗位"
                allowClear
                maxTagCount="responsive"
                optionFilterProp="label"
                options={posts.data!.map((p) => ({ value: p.id, label: `${p.name}（${p.community || '街道'}）` }))}
              />
            </Form.Item>
            <Form.Item
              name="cadreIds"
              label="人员"
              rules={[{ required: true, message: '请至少选一个人' }]}
              extra={`已选 ${chosenPeople ?? people.data!.length} 人；默认为${community || '全部社区'}在岗的全部 ${people.data!.length} 人`}
            >
              <Select
                mode="multiple"
                aria-label="人员"
                allowClear
                maxTagCount="responsive"
                optionFilterProp="search"
                options={people.data!.map((p) => ({
                  value: p.cadreId,
                  label: p.name,
                  search: `${p.name} ${p.phone} ${p.unit}`,
                }))}
              />
            </Form.Item>
          </Form>
          <Alert
            type="warning"
            showIcon
            title={`${chosen.from} 至 ${chosen.to} 所选岗位中未锁定的班次将被新排班替换；锁定的班次保持不变。`}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            夜班和周末班在人员之间尽量平均分配，并计入以前的排班。
          </Typography.Paragraph>
        </div>
      )}
    </Modal>
  );
}
