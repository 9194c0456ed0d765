import type { ReactNode } from 'react';
import { useCan } from './useAuth';

/** What only 管理员 and 录入员 may use: 查看 reads only, so it gets no buttons that would be refused. */
export function WriteOnly({ children }: { children: ReactNode }) {
  return useCan().write ? <>{children}</> : null;
}
