import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { ImportStatus, PreviewSummary } from '../../../../shared/domain/excel/imports';
import { call } from '../../api';
import { platform } from '../../platform';
import { ImportProgress } from './ImportProgress';
import { PreviewCounts } from './PreviewCounts';
import { PreviewRows } from './PreviewRows';
import { baseName, workbookFilters } from './wizard';

export type PreviewState =
  { state: 'running' } | { state: 'ready'; summary: PreviewSummary } | { state: 'failed'; message: string };

interface Props {
  importId: string;
  fileName: string;
  preview: PreviewState;
  status: ImportStatus | undefined;
  headers: Record<string, Record<number, string>>;
  onSummary: (summary: PreviewSummary) => void;
}

/** Step 5: every row checked against the rules and the ledger; nothing is written yet. */
export function PreviewStep({ importId, fileName, preview, status, headers, onSummary }: Props) {
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);

  if (preview.state === 'running') return <ImportProgress status={status} label="正在校验" />;
  if (preview.state === 'failed')
    return <Alert type="error" showIcon title="校验没有完成" description={preview.message} />;

  const { counts, newPlaces } = preview.summary;
  const downloadErrors = async () => {
    setDownloading(true);
    try {
      const file = await call('imports.errorReport', { importId });
      await platform.saveFile({
        fileId: file.fileId,
        suggestedName: `导入错误行-${baseName(fileName)}.xlsx`,
        filters: workbookFilters,
      });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <PreviewCounts counts={counts} />
      {newPlaces.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`导入时将新建：${newPlaces.join('、')}`}
          description="这些社区（网格）还不在“设置 → 社区与网格”中。如果是写法不同，请返回上一步改正。"
          data-testid="new-places"
        />
      )}
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">
          有错误的行不会导入：点红色的格子就地修改，或者“不导入此行”。重复的身份证号以后面的一行为准。
        </Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          disabled={counts.error === 0}
          loading={downloading}
          onClick={downloadErrors}
        >
          下载错误行
        </Button>
      </Flex>
      <PreviewRows importId={importId} counts={counts} headers={headers} onSummary={onSummary} />
    </Flex>
  );
}
