import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import type { StagedFile } from '../../../../shared/platform';
import { call } from '../../api';
import { platform } from '../../platform';
import { ImportProgress } from './ImportProgress';
import { useImportStatus } from './useImportStatus';
import type { OpenImport } from './wizard';

interface Props {
  kinds: LedgerKind[];
  /** The kind the user asked for (from ?kind or this select); the file's headers may point elsewhere. */
  kind: string | undefined;
  onKindChange: (kind: string | undefined) => void;
  /** The file is read: its sheets, mapped for `kind`; `note` says why that kind when not the one asked for. */
  onOpened: (open: OpenImport, kind: string, note: string | null) => void;
}

const fileFilters = [
  { name: 'Excel 或 CSV 文件', extensions: ['xlsx', 'csv', 'xls', 'et'] },
  { name: '所有文件', extensions: ['*'] },
];

/** Step 1: the user picks a workbook; it is read in the background with a progress bar and 取消. */
export function ChooseFileStep({ kinds, kind, onKindChange, onOpened }: Props) {
  const [reading, setReading] = useState<{ file: StagedFile; importId: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const cancelled = useRef(false);
  // The import being read: cancelled and closed if the user leaves the page meanwhile.
  const pending = useRef<string | null>(null);
  const left = useRef(false);
  useEffect(
    () => () => {
      left.current = true;
      const importId = pending.current;
      if (importId)
        void call('imports.cancel', { importId })
          .finally(() => call('imports.close', { importId }))
          .catch(() => undefined);
    },
    [],
  );
  // The import's threads start while the user looks for the file, so reading starts at once.
  useEffect(() => void call('imports.prepare', {}).catch(() => undefined), []);
  const status = useImportStatus(reading?.importId ?? null, reading?.importId ? 'reading' : null);
  const kindName = (key: string | null | undefined) => kinds.find((k) => k.key === key)?.name ?? key ?? '';

  const choose = async () => {
    setError(null);
    setNotice(null);
    let file: StagedFile | null;
    try {
      file = await platform.openFile({ title: '选择要导入的台账文件', filters: fileFilters });
    } catch (e) {
      return setError((e as Error).message);
    }
    if (!file) return;
    cancelled.current = false;
    setCancelling(false);
    setReading({ file, importId: null });
    let importId: string | null = null;
    try {
      importId = (await call('imports.start', { fileId: file.fileId })).importId;
      pending.current = importId;
      setReading({ file, importId });
      let analysis = await call('imports.analysis', { importId });
      // Headers that point to no kind: map them for the kind asked for (or the first one).
      const chosen = analysis.suggestedKind ?? kind ?? kinds[0]?.key;
      if (!chosen) throw new Error('还没有台账类型：请先在 设置 → 台账类型 中添加。');
      // (The answer for a chosen kind names it as suggested: keep what the headers said.)
      if (analysis.suggestedKind !== chosen)
        analysis = {
          ...(await call('imports.analysis', { importId, kind: chosen })),
          suggestedKind: analysis.suggestedKind,
        };
      if (cancelled.current || left.current) throw new Error('cancelled');
      pending.current = null;
      const note =
        kind && analysis.suggestedKind && kind !== chosen
          ? `按表头判断，这是“${kindName(chosen)}”台账（您原先选的是“${kindName(kind)}”）。如确需导入到别的台账，请在下面改选。`
          : null;
      setReading(null);
      onOpened({ importId, file, analysis }, chosen, note);
    } catch (e) {
      pending.current = null;
      if (importId) void call('imports.close', { importId }).catch(() => undefined);
      if (left.current) return;
      void call('imports.prepare', {}).catch(() => undefined);
      setReading(null);
      if (cancelled.current) setNotice(`已取消读取“${file.name}”。`);
      else setError((e as Error).message);
    }
  };

  const cancel = () => {
    if (!reading?.importId) return;
    cancelled.current = true;
    setCancelling(true);
    void call('imports.cancel', { importId: reading.importId }).catch(() => undefined);
  };

  return (
    <Flex vertical gap={20} align="center" style={{ padding: '24px 0 8px' }}>
      <Form layout="inline">
        <Form.Item label="导入到台账" style={{ margin: 0 }}>
          <Select
            aria-label="导入到台账"
            allowClear
            placeholder="按文件表头自动判断"
            style={{ width: 220 }}
            value={kind}
            disabled={Boolean(reading)}
            options={kinds.map((k) => ({ value: k.key, label: k.name }))}
            onChange={(value?: string) => onKindChange(value)}
          />
        </Form.Item>
      </Form>
      <Button
        type="primary"
        size="large"
        icon={<FileExcelOutlined />}
        onClick={choose}
        disabled={Boolean(reading)}
        style={{ height: 56, paddingInline: 40, fontSize: 17 }}
      >
        选择 Excel 或 CSV 文件
      </Button>
      <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
        支持 .xlsx、旧版 .xls 工作簿，WPS 的 .et 文件和 .csv 文件。
        <br />
        导入前会逐行核对并预览，确认后才写入台账；原文件不会被修改。
      </Typography.Text>
      {reading && (
        <Flex vertical gap={8} style={{ width: 'min(560px, 100%)' }}>
          <Typography.Text strong>{reading.file.name}</Typography.Text>
          <ImportProgress
            status={status}
            label="正在上传文件"
            onCancel={reading.importId ? cancel : undefined}
            cancelling={cancelling}
          />
        </Flex>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title="无法导入这个文件"
          description={error}
          style={{ width: 'min(640px, 100%)' }}
          data-testid="file-error"
        />
      )}
      {notice && <Alert type="info" showIcon title={notice} style={{ width: 'min(640px, 100%)' }} />}
    </Flex>
  );
}
