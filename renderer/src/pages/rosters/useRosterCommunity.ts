import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api';

const KEY = 'roster.community';

/** The community the roster screens show (remembered on this machine; '' = every community). */
export function useRosterCommunity() {
  const communities = useApiQuery('communities.list', {});
  const [community, setCommunityState] = useState(() => localStorage.getItem(KEY) ?? '');
  const names = communities.data?.map((c) => c.name) ?? [];
  useEffect(() => {
    // A remembered community that has since been renamed or removed falls back to all.
    if (communities.data && community && !communities.data.some((c) => c.name === community)) setCommunityState('');
  }, [communities.data, community]);
  const setCommunity = (name: string) => {
    localStorage.setItem(KEY, name);
    setCommunityState(name);
  };
  return { community, setCommunity, communityNames: names };
}
