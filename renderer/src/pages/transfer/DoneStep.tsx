import { Alert, Button, Card, Col, Flex, Popconfirm, Result, Row, Statistic, Table } from 'antd';
import { useState } from 'react';
import type { ImportProblem, ImportResult, ImportStatus } from '../../../../shared/domain/excel/imports';
import { useApiMutation, useApiQuery } from '../../api';
import { ImportProgress } from './ImportProgress';
import { undoText } from './undoText';

export type CommitState =
  | { state: 'writing' }
  | { state: 'done'; result: ImportResult }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

interface Props {
  commit: CommitState;
  status: ImportStatus | undefined;
  fileName: string;
  kindName: string;
  cancelling: boolean;
  onCancel: () => void;
  onViewLedger: () => void;
  onBackToPreview: () => void;
  onStartOver: () => void;
}

function ResultCounts({ result }: { result: ImportResult }) {
  const items = [
    { key: 'inserted', title: '新增', value: result.inserted, suffix: '人' },
    { key: 'updated', title: '更新', value: result.updated, suffix: '人' },
    { key: 'unchanged', title: '无变化', value: result.unchanged, suffix: '人' },
    { key: 'skipped', title: '跳过', value: result.skipped, suffix: '行' },
  ];
  return (
    <Card size="small">
      <Row gutter={16}>
        {items.map((i) => (
          <Col span={6} key={i.key} data-testid={`result-${i.key}`}>
            <Statistic title={i.title} value={i.value} suffix={i.suffix} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** Step 6: the writing, with 取消; then what was done, and undo. */
export function DoneStep({
  commit,
  status,
  fileName,
  kindName,
  cancelling,
  onCancel,
  onViewLedger,
  onBackToPreview,
  onStartOver,
}: Props) {
  const batches = useApiQuery('imports.batches', {}, { enabled: commit.state === 'done' });
  const undo = useApiMutation('imports.undo', ['entries', 'communities', 'kinds', 'imports', 'audit'], {
    silent: true,
  });
  const [undoError, setUndoError] = useState<string | null>(null);
  const again = <Button onClick={onStartOver}>再导入一个文件</Button>;

  if (commit.state === 'writing') {
    return (
      <Flex vertical gap={12} style={{ padding: '24px 0' }}>
        <ImportProgress status={status} label="正在写入台账" onCancel={onCancel} cancelling={cancelling} />
        <Alert type="info" showIcon title="全部写入后才生效：中途取消，台账不会有任何改动。" />
      </Flex>
    );
  }
  if (commit.state === 'cancelled') {
    return (
      <Result
        status="warning"
        title="已取消，数据没有任何改动"
        subTitle="要导入这个文件，请重新选择它。"
        extra={again}
      />
    );
  }
  if (commit.state === 'failed') {
    return (
      <Result
        status="error"
        title="导入没有完成，台账没有任何改动"
        subTitle={commit.message}
        extra={[
          <Button key="back" type="primary" onClick={onBackToPreview}>
            返回预览
          </Button>,
          <Button key="again" onClick={onStartOver}>
            重新选择文件
          </Button>,
        ]}
      />
    );
  }

  const { result } = commit;
  const batch = batches.data?.find((b) => b.id === result.batchId);
  const undone = undo.data ?? null;
  const isUndone = Boolean(undone || batch?.undoneAt);
  const canUndo = result.batchId !== null && !isUndone;
  const doUndo = () => {
    setUndoError(null);
    undo.mutate({ batchId: result.batchId! }, { onError: (e) => setUndoError(e.message) });
  };

  return (
    <Flex vertical gap={12}>
      <Result
        status={isUndone ? 'info' : 'success'}
        title={isUndone ? '本次导入已撤销' : '导入完成'}
        subTitle={
          isUndone ? `“${fileName}”导入的内容已从${kindName}台账中撤回。` : `“${fileName}”已导入${kindName}台账。`
        }
        style={{ padding: '16px 0 0' }}
        extra={[
          <Button key="view" type="primary" onClick={onViewLedger}>
            查看台账
          </Button>,
          canUndo && (
            <Popconfirm
              key="undo"
              title="撤销本次导入？"
              description={undoText(
                batch?.undoRemoves ?? result.inserted,
                batch?.undoRestores ?? result.updated,
                '本次',
              )}
              okText="撤销"
              okButtonProps={{ danger: true }}
              cancelText="不撤销"
              onConfirm={doUndo}
            >
              <Button danger loading={undo.isPending}>
                撤销本次导入
              </Button>
            </Popconfirm>
          ),
          <span key="again">{again}</span>,
        ]}
      />
      {undone && (
        <Alert
          type="success"
          showIcon
          title={`已撤销本次导入：删除 ${undone.removed} 人，恢复 ${undone.restored} 人。`}
        />
      )}
      {!undone && batch?.undoneAt && <Alert type="success" showIcon title={`本次导入已在 ${batch.undoneAt} 撤销。`} />}
      {undoError && <Alert type="error" showIcon title="不能撤销" description={undoError} />}
      <ResultCounts result={result} />
      {result.errors.length > 0 && (
        <Card size="small" title={`没有导入或需要留意的行（${result.errors.length}）`}>
          <Table<ImportProblem>
            size="small"
            rowKey={(p) => `${p.sheet}\u0000${p.row}\u0000${p.column}\u0000${p.message}`}
            dataSource={result.errors}
            pagination={result.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            columns={[
              { title: '工作表', dataIndex: 'sheet', width: 140 },
              { title: '行号', dataIndex: 'row', width: 70, align: 'right' },
              { title: '列', dataIndex: 'column', width: 140 },
              { title: '说明', dataIndex: 'message' },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
