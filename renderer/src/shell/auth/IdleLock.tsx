import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../api';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the app after `minutes` without mouse or keyboard; the core enforces the same limit. */
export function IdleLock({ minutes }: { minutes: number }) {
  const client = useQueryClient();
  useEffect(() => {
    let last = Date.now();
    const touch = () => (last = Date.now());
    for (const e of EVENTS) window.addEventListener(e, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last < minutes * 60_000) return;
      void call('auth.lock', {}).then((status) => client.setQueryData(['auth.status', {}], status));
    }, 15_000);
    return () => {
      window.clearInterval(timer);
      for (const e of EVENTS) window.removeEventListener(e, touch, { capture: true });
    };
  }, [minutes, client]);
  return null;
}
