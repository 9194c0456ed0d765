import { Alert, App, Descriptions, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import type { CadreImportPreview, CadreImportProblem } from '../../../../../shared/domain/cadres/types';
import { useApiMutation } from '../../../api';

export interface OpenedImport {
  importId: string;
  fileName: string;
  preview: CadreImportPreview;
}

interface Props {
  opened: OpenedImport;
  onClose: () => void;
}

const problemColumns = [
  { title: '工作表', dataIndex: 'sheet', width: 120 },
  { title: '行', dataIndex: 'row', width: 60 },
  { title: '列', dataIndex: 'column', width: 100 },
  { title: '问题', dataIndex: 'message' },
];

/** The preview of a cadre list: counts and the rows in error; 确认导入 writes it in one go. */
export function CadreImport({ opened, onClose }: Props) {
  const { message } = App.useApp();
  const commit = useApiMutation('cadres.importCommit', ['cadres', 'orgs', 'communities']);
  const [done, setDone] = useState(false);
  const { counts, newCommunities, errors } = opened.preview;
  const work = counts.new + counts.updated;

  const confirm = async () => {
    const result = await commit.mutateAsync({ importId: opened.importId });
    void message.success(
      `导入完成：新增 ${result.inserted} 人，更新 ${result.updated} 人，未变 ${result.unchanged} 人`,
    );
    setDone(true);
    onClose();
  };

  return (
    <Modal
      open
      title={`导入人员名册：${opened.fileName}`}
      width={820}
      okText="确认导入"
      cancelText="取消"
      okButtonProps={{ disabled: work === 0 || done }}
      confirmLoading={commit.isPending}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        bordered
        column={4}
        items={[
          { key: 'new', label: '新增', children: <span data-testid="import-new">{counts.new}</span> },
          { key: 'updated', label: '更新', children: counts.updated },
          { key: 'unchanged', label: '未变', children: counts.unchanged },
          {
            key: 'error',
            label: '有错误',
            children: <Typography.Text type={counts.error ? 'danger' : undefined}>{counts.error}</Typography.Text>,
          },
        ]}
      />
      {newCommunities.length > 0 && (
        <Alert style={{ marginTop: 12 }} type="info" showIcon title={`将新建社区：${newCommunities.join('、')}`} />
      )}
      {work === 0 && <Alert style={{ marginTop: 12 }} type="warning" showIcon title="没有需要导入或更新的人员。" />}
      {errors.length > 0 && (
        <>
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 8 }}>
            以下行有错误，不会导入；改正后可重新导入同一文件（已导入的人不会重复）：
          </Typography.Paragraph>
          <Table<CadreImportProblem>
            size="small"
            rowKey={(p) => `${p.sheet}-${p.row}-${p.column}`}
            columns={problemColumns}
            dataSource={errors}
            pagination={errors.length > 10 ? { pageSize: 10 } : false}
          />
        </>
      )}
    </Modal>
  );
}
