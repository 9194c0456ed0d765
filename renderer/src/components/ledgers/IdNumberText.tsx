import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { call } from '../../api';
import { useCan } from '../../shell/auth/useAuth';

interface Props {
  entryId: number;
  /** As the server sends it: 220104********1234. */
  masked: string;
}

/** A masked ID number with a 显示 button; revealing asks the server, which writes it to the audit log. */
export function IdNumberText({ entryId, masked }: Props) {
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // 查看 sees numbers masked only: no button to press.
  const canReveal = useCan().write;

  if (full) {
    return (
      <Tooltip title="已记录在操作日志">
        <span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="id-full">
          {full}
        </span>
      </Tooltip>
    );
  }
  const reveal = (e: React.SyntheticEvent) => {
    e.stopPropagation();
    setBusy(true);
    call('entries.revealId', { id: entryId })
      .then((r) => setFull(r.idNumber))
      .catch((error: Error) => void message.error(error.message))
      .finally(() => setBusy(false));
  };
  if (!canReveal) return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{masked}</span>;
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {masked}
      <Tooltip title="显示完整号码（会记录在操作日志）">
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          loading={busy}
          onClick={reveal}
          onKeyDown={(e) => e.stopPropagation()}
          style={{ height: 'auto', padding: '0 4px' }}
        >
          显示
        </Button>
      </Tooltip>
    </span>
  );
}
