import { ImportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SigninImportResult } from '../../../../../shared/domain/signins/types';
import { call } from '../../../api';
import { platform } from '../../../platform';

function summary(r: SigninImportResult, done: boolean): string {
  const verb = done ? '已' : '将';
  const parts = [
    `共 ${r.rows} 条签到记录：${verb}新增 ${r.inserted} 条，${verb}更新 ${r.updated} 条，相同跳过 ${r.skipped} 条。`,
  ];
  if (r.added.length)
    parts.push(`名册中没有的 ${r.added.length} 人${verb}加入名册：${r.added.map((a) => a.name).join('、')}。`);
  if (r.errors.length) {
    parts.push(`${r.errors.length} 处有错误，不导入：`);
    for (const e of r.errors.slice(0, 10)) parts.push(`第 ${e.row} 行 ${e.column}：${e.message}`);
  }
  return parts.join('\n');
}

/** 导入签到记录: pick a CSV/Excel file, see what it would do, then commit. */
export function ImportSignins() {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const file = await platform.openFile({
      title: '选择签到记录',
      filters: [{ name: '签到记录', extensions: ['xlsx', 'xls', 'et', 'csv'] }],
    });
    if (!file) return;
    setBusy(true);
    try {
      const preview = await call('signins.importPreview', { fileId: file.fileId });
      const confirmed = await modal.confirm({
        title: `导入 ${file.name}`,
        content: <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{summary(preview, false)}</pre>,
        okText: '导入',
        width: 560,
      });
      if (!confirmed) return;
      const result = await call('signins.importCommit', { fileId: file.fileId });
      await client.invalidateQueries();
      modal.success({
        title: '导入完成',
        content: <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{summary(result, true)}</pre>,
      });
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<ImportOutlined />} onClick={() => void run()} loading={busy}>
      导入签到记录
    </Button>
  );
}
