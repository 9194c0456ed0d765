import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type UIEvent } from 'react';
import type { Input } from '../../../../shared/contract';
import type { Entry } from '../../../../shared/domain/ledgers/types';
import { call } from '../../api';

/** Rows fetched per request (the server allows up to 500). */
export const PAGE_SIZE = 200;
/** Used while the list has no rows. */
const FALLBACK_ROW_HEIGHT = 40;
/** Rows fetched ahead of the visible range, in both directions. */
const AHEAD = 40;

export type EntryQuery = Omit<Input<'entries.list'>, 'offset' | 'limit'>;

/** One position of the table; its entry comes from the window's store once its page has loaded. */
export interface WindowRow {
  index: number;
}

interface Cache {
  key: string;
  stamp: number;
  query: EntryQuery;
  total: number;
  /** Pages of this query and this refresh, by page number. */
  pages: Map<number, Entry[]>;
  /** Pages of the same query before a refresh: shown until their fresh copy arrives. */
  stale: Map<number, Entry[]>;
  inflight: Set<number>;
}

/** Where the table's cells read their entry: they re-render alone when their page arrives. */
export interface EntryStore {
  get(index: number): Entry | null;
  subscribe(listener: () => void): () => void;
}

/** The entry at one position of the table, or null while its page loads. */
export function useWindowEntry(store: EntryStore, index: number): Entry | null {
  return useSyncExternalStore(store.subscribe, () => store.get(index));
}

/**
 * Server-side windowed loading for a virtual table: the first page rides on a react-query query
 * (so writes that refresh 'entries' refresh it), the other pages are fetched as they scroll into
 * view and kept in a sparse cache by page, dropped when the query (search, filters, sort) changes.
 * The table's rows are lightweight placeholders ({key, index}); cells read their entry from the store.
 */
export function useEntryWindow(query: EntryQuery) {
  const key = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the query's value
  const headInput = useMemo(() => ({ ...query, offset: 0, limit: PAGE_SIZE }), [key]);
  const head = useQuery({
    queryKey: ['entries.list', headInput],
    queryFn: () => call('entries.list', headInput),
    placeholderData: keepPreviousData,
  });

  const cacheRef = useRef<Cache | null>(null);
  const rangeRef = useRef({ first: 0, last: 30 });
  const timerRef = useRef<number | undefined>(undefined);
  const [shown, setShown] = useState<{ key: string; total: number } | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const store = useMemo(() => {
    const listeners = new Set<() => void>();
    return {
      get(index: number): Entry | null {
        const cache = cacheRef.current;
        if (!cache) return null;
        const page = Math.floor(index / PAGE_SIZE);
        return (cache.pages.get(page) ?? cache.stale.get(page))?.[index - page * PAGE_SIZE] ?? null;
      },
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      notify: () => listeners.forEach((l) => l()),
    };
  }, []);

  const fetchPage = useCallback(
    (page: number) => {
      const cache = cacheRef.current;
      if (!cache || page < 0 || page * PAGE_SIZE >= cache.total) return;
      if (cache.pages.has(page) || cache.inflight.has(page)) return;
      cache.inflight.add(page);
      call('entries.list', { ...cache.query, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then((result) => {
          if (cacheRef.current !== cache) return; // the query changed meanwhile
          cache.pages.set(page, result.rows);
          cache.stale.delete(page);
          setError(null);
          store.notify();
        })
        .catch((e: Error) => cacheRef.current === cache && setError(e))
        .finally(() => cache.inflight.delete(page));
    },
    [store],
  );

  /** Fetches the pages that hold rows first … last (and a few rows around them). */
  const ensureRange = useCallback(
    (first: number, last: number) => {
      const from = Math.floor(Math.max(0, first - AHEAD) / PAGE_SIZE);
      const to = Math.floor((last + AHEAD) / PAGE_SIZE);
      for (let page = from; page <= to; page++) fetchPage(page);
    },
    [fetchPage],
  );

  // A new first page: either a new query (start over) or a refresh of this one (keep rows until reloaded).
  useEffect(() => {
    if (!head.data || head.isPlaceholderData) return;
    const old = cacheRef.current;
    const same = old?.key === key;
    if (old && same && old.stamp === head.dataUpdatedAt) return;
    const stale = same && old ? new Map([...old.stale, ...old.pages]) : new Map<number, Entry[]>();
    stale.delete(0);
    cacheRef.current = {
      key,
      stamp: head.dataUpdatedAt,
      query: JSON.parse(key) as EntryQuery,
      total: head.data.total,
      pages: new Map([[0, head.data.rows]]),
      stale,
      inflight: new Set(),
    };
    if (!same) rangeRef.current = { first: 0, last: rangeRef.current.last - rangeRef.current.first };
    ensureRange(rangeRef.current.first, rangeRef.current.last);
    setShown({ key, total: head.data.total });
    store.notify();
  }, [head.data, head.dataUpdatedAt, head.isPlaceholderData, key, ensureRange, store]);

  useEffect(() => () => window.clearTimeout(timerRef.current), []);

  /** The table body's scroll: which rows are in view follows from scrollTop and the row height. */
  const onScroll = useCallback(
    (e: UIEvent<HTMLDivElement>) => {
      const el = e.currentTarget;
      if (!el || typeof el.scrollTop !== 'number') return;
      // The list's own estimate: its full height over its rows (rows not yet drawn count at the
      // estimated height, so one measured row would be off by a few per cent far down).
      const count = cacheRef.current?.total ?? 0;
      const rowHeight = count > 0 && el.scrollHeight > 0 ? el.scrollHeight / count : FALLBACK_ROW_HEIGHT;
      const first = Math.floor(el.scrollTop / rowHeight);
      const last = Math.ceil((el.scrollTop + el.clientHeight) / rowHeight);
      rangeRef.current = { first, last };
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => ensureRange(first, last), 60);
    },
    [ensureRange],
  );

  /** A placeholder row that stayed in view asks for its page (a safety net for odd row heights). */
  const requestRow = useCallback((index: number) => fetchPage(Math.floor(index / PAGE_SIZE)), [fetchPage]);

  // Built once per query and size, not per page: the table re-processes its data when this changes.
  const rows = useMemo(
    () => Array.from({ length: shown?.total ?? 0 }, (_, i): WindowRow => ({ index: i })),
    [shown?.key, shown?.total], // eslint-disable-line react-hooks/exhaustive-deps
  );

  return {
    rows,
    store: store as EntryStore,
    total: shown?.total ?? 0,
    /** The query whose rows are shown (lags behind `query` while a new one loads). */
    shownKey: shown?.key ?? null,
    loading: head.isFetching && (head.isPlaceholderData || !shown),
    error: error ?? (head.error as Error | null),
    onScroll,
    requestRow,
  };
}
