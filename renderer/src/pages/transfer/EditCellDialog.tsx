import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PreviewRow, PreviewSummary } from '../../../../shared/domain/excel/imports';
import { useApiMutation } from '../../api';
import { rowStatusLabels } from './wizard';

export interface CellTarget {
  row: PreviewRow;
  column: number;
  header: string;
}

interface Props {
  importId: string;
  target: CellTarget | null;
  onClose: () => void;
  onSaved: (summary: PreviewSummary) => void;
}

/** Fixes one bad cell of the file in place: the row is checked again, and the counts with it. */
export function EditCellDialog({ importId, target, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const edit = useApiMutation('imports.editCell', ['imports'], { silent: true });
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!target) return;
    setValue(target.row.cells[target.column] ?? '');
    setProblem(target.row.errors[target.column] ?? null);
    edit.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when another cell opens
  }, [target]);

  const save = () => {
    if (!target) return;
    edit.mutate(
      { importId, sheet: target.row.sheet, row: target.row.row, column: target.column, value },
      {
        onSuccess: ({ row, summary }) => {
          onSaved(summary);
          const still = row.errors[target.column];
          if (still) return setProblem(still);
          message.success(`第 ${row.row} 行已改好：${rowStatusLabels[row.status].label}`);
          onClose();
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };

  return (
    <Modal
      open={target !== null}
      title={target ? `修改第 ${target.row.row} 行的“${target.header}”` : ''}
      okText="保存并重新校验"
      cancelText="取消"
      confirmLoading={edit.isPending}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      {target && (
        <Form layout="vertical" onFinish={save}>
          <Typography.Paragraph type="secondary">
            工作表“{target.row.sheet}”第 {target.row.row} 行{target.row.name ? `（${target.row.name}）` : ''}
            。这里的修改只用于本次导入，原文件不变。
          </Typography.Paragraph>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          <Form.Item label={target.header} style={{ marginBottom: 0 }}>
            <Input
              aria-label={target.header}
              value={value}
              autoFocus
              onChange={(e) => setValue(e.target.value)}
              onPressEnter={save}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
