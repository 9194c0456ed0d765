import { Button, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { DutyPost } from '../../../../../shared/domain/rosters/types';
import { weekdayName } from '../../../../../shared/domain/weekdays';
import { WriteOnly } from '../../../shell/auth/WriteOnly';
import { DeleteLink } from '../../../components/DeleteLink';

/** '周六、周日：24 小时值守；2022-05-01：…' of a post's pattern overrides. */
function overridesText(post: DutyPost, names: Map<number, string>): string {
  const parts = [
    ...Object.entries(post.byWeekday).map(([d, id]) => `${weekdayName(Number(d))}：${names.get(id) ?? id}`),
    ...Object.entries(post.byDate).map(([date, id]) => `${date}：${names.get(id) ?? id}`),
  ];
  return parts.join('；');
}

export function postColumns(
  patternNames: Map<number, string>,
  onEdit: (post: DutyPost) => void,
  onRemove: (post: DutyPost) => void,
): TableColumnsType<DutyPost> {
  return [
    { title: '岗位名称', dataIndex: 'name', width: 150, fixed: 'left' },
    { title: '类型', dataIndex: 'kind', width: 80 },
    { title: '社区', dataIndex: 'community', width: 100, render: (c: string) => c || '街道' },
    { title: '地址', dataIndex: 'address', width: 160, ellipsis: true },
    { title: '每班人数', dataIndex: 'perShift', width: 80, align: 'right' },
    {
      title: '要求',
      key: 'needs',
      width: 130,
      render: (_, p) => (
        <>
          {p.needsPartyMember && <Tag color="red">党员</Tag>}
          {p.needsLeader && <Tag color="gold">带班领导</Tag>}
        </>
      ),
    },
    {
      title: '班次',
      key: 'pattern',
      width: 240,
      render: (_, p) => {
        const extra = overridesText(p, patternNames);
        return (
          <div>
            <div>{p.patternName}</div>
            {extra && <div style={{ color: '#888', fontSize: 12 }}>{extra}</div>}
          </div>
        );
      },
    },
    {
      title: '启用期间',
      key: 'active',
      width: 190,
      render: (_, p) => (p.activeFrom || p.activeTo ? `${p.activeFrom ?? '…'} 至 ${p.activeTo ?? '…'}` : '一直启用'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, p) => (
        <WriteOnly>
          <Space size={0}>
            <Button type="link" size="small" onClick={() => onEdit(p)}>
              编辑
            </Button>
            <DeleteLink title={`删除岗位“${p.name}”？`} onConfirm={() => onRemove(p)} />
          </Space>
        </WriteOnly>
      ),
    },
  ];
}
