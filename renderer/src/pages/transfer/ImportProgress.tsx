import { Button, Flex, Progress, Typography } from 'antd';
import type { ImportStatus } from '../../../../shared/domain/excel/imports';

const phaseText: Partial<Record<ImportStatus['phase'], string>> = {
  reading: '正在读取文件',
  ready: '文件已读完，正在分析表头',
  checking: '正在逐行校验',
  checked: '校验完成',
  writing: '正在写入台账',
  done: '写入完成',
};

interface Props {
  status: ImportStatus | undefined;
  /** What is going on before the first status arrives. */
  label: string;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** A progress bar for reading, checking or writing, with the rows done and a 取消 button. */
export function ImportProgress({ status, label, onCancel, cancelling }: Props) {
  const done = status?.rowsDone ?? 0;
  const total = status?.rowsTotal ?? null;
  const counted = status && (status.phase === 'checking' || status.phase === 'writing') && total;
  // While reading the total is not known: the bar creeps towards the end as rows come in.
  const percent = counted
    ? Math.floor((done / total) * 100)
    : status?.phase === 'ready'
      ? 100
      : Math.floor(95 * (1 - Math.exp(-done / 3000)));
  const rows = !status
    ? ''
    : status.phase === 'reading' || status.phase === 'ready'
      ? `已读取 ${done} 行`
      : total
        ? `${done} / ${total} 行`
        : '';
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid="import-progress">
      <Flex justify="space-between" align="center" gap={12}>
        <Typography.Text>{(status && phaseText[status.phase]) || label}…</Typography.Text>
        <Typography.Text type="secondary">{rows}</Typography.Text>
      </Flex>
      <Flex align="center" gap={12}>
        <Progress percent={percent} status="active" showInfo={false} style={{ flex: 1, margin: 0 }} />
        {onCancel && (
          <Button onClick={onCancel} loading={cancelling}>
            取消
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
