import { useEffect, useState } from 'react';
import { todayText } from '../../../../../shared/domain/dates';
import { useApiQuery } from '../../../api';

const KEY = 'signin.community';

/** The desk's day (default today) and community (remembered on this machine; '' = every community). */
export function useDeskChoice() {
  const communities = useApiQuery('communities.list', {});
  const [day, setDay] = useState(() => todayText(new Date()));
  const [community, setCommunityState] = useState(() => localStorage.getItem(KEY) ?? '');
  const names = communities.data?.map((c) => c.name) ?? [];
  useEffect(() => {
    // A remembered community that has since been renamed or removed falls back to all.
    if (communities.data && community && !names.includes(community)) setCommunityState('');
  }, [communities.data, community, names]);
  const setCommunity = (name: string) => {
    localStorage.setItem(KEY, name);
    setCommunityState(name);
  };
  return { day, setDay, community, setCommunity, communityNames: names };
}

/** 'HH:mm' of a time, marked 次日 when after the duty day. */
export function clockText(day: string, at: string | null): string {
  if (!at) return '';
  return at.slice(0, 10) === day ? at.slice(11, 16) : `次日 ${at.slice(11, 16)}`;
}
