import { Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The question asked first: 删除“…”？ */
  title: ReactNode;
  description?: ReactNode;
  /** A promise keeps the confirm button spinning until it settles. */
  onConfirm: () => void | Promise<unknown>;
  /** Why it cannot be deleted now: the link is disabled and says so on hover. */
  disabledReason?: string;
}

/** A table row's 删除 link, which asks before it deletes. */
export function DeleteLink({ title, description, onConfirm, disabledReason }: Props) {
  return (
    <Popconfirm title={title} description={description} okText="删除" cancelText="取消" onConfirm={onConfirm}>
      <Button type="link" size="small" danger disabled={!!disabledReason} title={disabledReason}>
        删除
      </Button>
    </Popconfirm>
  );
}
