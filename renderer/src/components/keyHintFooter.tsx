import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The keys of a form dialog, said beside its buttons. */
export const FORM_KEYS = 'Enter 保存 · Esc 取消 · Tab 下一项';

/** A Modal footer: the dialog's keys on the left, its buttons on the right. */
export function keyHintFooter(hint: string) {
  return (buttons: ReactNode) => (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      <div>{buttons}</div>
    </div>
  );
}
