import { Alert, App, Descriptions, Form, Modal, Switch } from 'antd';
import { useState } from 'react';
import type { DutyPost, RosterCell } from '../../../../../shared/domain/rosters/types';
import { isoWeekday } from '../../../../../shared/domain/dates';
import { weekdayName } from '../../../../../shared/domain/weekdays';
import { call, useApiMutation, useApiQuery } from '../../../api';
import { enterSubmits } from '../../../components/ledgers/enterSubmits';
import { shortDate } from '../period';
import { PeopleSelect } from '../PeopleSelect';
import { shiftTime } from '../shiftTime';
import { refOf } from './cellIndex';
import { useRosterEdit } from './useRosterEdit';
import { keyHintFooter } from '../../../components/keyHintFooter';

interface Values {
  cadreIds: number[];
  leaderId: number | null;
  locked: boolean;
}

interface Props {
  cell: RosterCell;
  post: DutyPost;
  /** Names of people on the grid, to name them in warnings. */
  names: Map<number, string>;
  onClose: () => void;
}

function withEveryone(names: Map<number, string>, people: { cadreId: number; name: string }[]) {
  const all = new Map(names);
  for (const p of people) all.set(p.cadreId, p.name);
  return all;
}

/** Changes one shift: its people, its 带班领导, and whether regeneration keeps it (lock). */
export function CellEditor({ cell, post, names, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const edit = useRosterEdit();
  const everyone = useApiQuery('dutyPeople.list', {});
  const lock = useApiMutation('rosters.lock', ['rosters'], { silent: true });
  const [saving, setSaving] = useState(false);
  const known = cell.people.map((p) => ({ cadreId: p.cadreId, name: p.name, phone: p.phone }));
  const issueLabels = [...new Set(cell.issues.map((i) => i.label))];

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const cadreIds = [...(values.cadreIds ?? [])];
      const leaderId = values.leaderId ?? null;
      // The leader of a shift is one of its people.
      if (leaderId !== null && !cadreIds.includes(leaderId)) cadreIds.push(leaderId);
      const peopleChanged =
        cadreIds.join(',') !== cell.people.map((p) => p.cadreId).join(',') || leaderId !== cell.leaderId;
      if (peopleChanged) {
        const saved = await edit(
          (confirm) => call('rosters.set', { ...refOf(cell), cadreIds, leaderId, confirm }),
          withEveryone(names, everyone.data ?? []),
        );
        if (!saved) return;
      }
      if (values.locked !== cell.locked) await lock.mutateAsync({ cells: [refOf(cell)], locked: values.locked });
      void message.success(`已保存 ${post.name} ${shortDate(cell.date)} ${cell.shiftName}`);
      onClose();
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${post.name} · ${shortDate(cell.date)} ${weekdayName(isoWeekday(cell.date))} · ${cell.shiftName}`}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      footer={keyHintFooter('Enter 保存 · Esc 取消')}
    >
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'time', label: '时间', children: shiftTime(cell.start, cell.end) },
          { key: 'need', label: '每班人数', children: `${cell.needed} 人` },
          { key: 'party', label: '需要党员', children: post.needsPartyMember ? '是' : '否' },
          { key: 'leader', label: '需要带班领导', children: post.needsLeader ? '是' : '否' },
        ]}
      />
      {issueLabels.length > 0 && (
        <Alert type="warning" showIcon title={`违反规则：${issueLabels.join('；')}`} style={{ marginBottom: 12 }} />
      )}
      {cell.missing > 0 && cell.reasons.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={`缺 ${cell.missing} 人：${cell.reasons.join('；')}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <div onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ cadreIds: cell.people.map((p) => p.cadreId), leaderId: cell.leaderId, locked: cell.locked }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item name="cadreIds" label="值班人员">
            <PeopleSelect multiple known={known} ariaLabel="值班人员" autoFocus />
          </Form.Item>
          <Form.Item name="leaderId" label="带班领导" extra="不在值班人员中时自动加入本班">
            <PeopleSelect known={known} ariaLabel="带班领导" placeholder="不指定" />
          </Form.Item>
          <Form.Item name="locked" label="锁定" valuePropName="checked" extra="锁定的班次在重新生成时保持不变">
            <Switch aria-label="锁定" checkedChildren="已锁定" unCheckedChildren="未锁定" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
