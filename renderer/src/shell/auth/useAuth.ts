import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../shared/domain/operators/types';
import { call } from '../../api';

/** The session as the core sees it; every screen reads the role from here. */
export function useAuthStatus() {
  return useQuery({ queryKey: ['auth.status', {}], queryFn: () => call('auth.status', {}) });
}

/** Whether the signed-in operator may do writes (录入员, 管理员) or administration (管理员). */
export function useCan(): { write: boolean; admin: boolean; role: Role | null } {
  const role = useAuthStatus().data?.operator?.role ?? null;
  return { write: role === '管理员' || role === '录入员', admin: role === '管理员', role };
}
