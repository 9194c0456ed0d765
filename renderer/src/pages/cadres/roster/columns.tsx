import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Cadre } from '../../../../../shared/domain/cadres/types';
import { WriteOnly } from '../../../shell/auth/WriteOnly';
import { DeleteLink } from '../../../components/DeleteLink';

const politicsColors: Record<string, string> = {
  中共党员: 'red',
  中共预备党员: 'volcano',
  共青团员: 'blue',
  群众: 'default',
};

export function rosterColumns(onEdit: (c: Cadre) => void, onRemove: (c: Cadre) => void): ColumnsType<Cadre> {
  return [
    { title: '姓名', dataIndex: 'name', width: 90, fixed: 'left' },
    { title: '性别', dataIndex: 'gender', width: 60 },
    { title: '派出单位', dataIndex: 'unit', ellipsis: true },
    { title: '职务', dataIndex: 'duty', width: 110, ellipsis: true },
    {
      title: '政治面貌',
      dataIndex: 'politics',
      width: 110,
      render: (value: string) => <Tag color={politicsColors[value]}>{value}</Tag>,
    },
    { title: '联系电话', dataIndex: 'phone', width: 120 },
    { title: '下沉社区', dataIndex: 'community', width: 100 },
    { title: '认领岗位', dataIndex: 'post', width: 100, ellipsis: true },
    { title: '身份', dataIndex: 'role', width: 90 },
    { title: '临时党支部', dataIndex: 'branch', width: 120, ellipsis: true },
    {
      title: '在岗',
      dataIndex: 'active',
      width: 90,
      render: (active: boolean, c) => (active ? '在岗' : <Tag>已离开 {c.leftOn}</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, c) => (
        <WriteOnly>
          <Space size={0}>
            <Button type="link" size="small" onClick={() => onEdit(c)}>
              编辑
            </Button>
            <DeleteLink title={`删除“${c.name}”？`} description="删除后不能恢复。" onConfirm={() => onRemove(c)} />
          </Space>
        </WriteOnly>
      ),
    },
  ];
}
