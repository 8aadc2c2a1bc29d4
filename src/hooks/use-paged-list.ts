import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Page } from '@/contracts/paging';
import type { Fail, Result } from '@/contracts/result';

export type { Page } from '@/contracts/paging';
export type PagedStatus = 'loading' | 'ready' | 'empty' | 'error';

/**
 * Loads one page: `cursor` is undefined for the first page, then the `next` the previous page answered,
 * passed back unchanged (contracts/paging).
 */
export type PageLoad<T> = (cursor: string | undefined, limit: number) => Promise<Result<Page<T>>>;

export type PagedList<T> = {
  status: PagedStatus;
  items: T[];
  /** The last page answered a `next`: there is more to load. */
  hasMore: boolean;
  /** A next page is loading. */
  loadingMore: boolean;
  /** The first page failed (status 'error') or the last "more" failed (status stays 'ready'). */
  error?: Fail;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
};

export type PagedListOptions = {
  pageSize?: number;
  /** Hook the page's pull-down refresh and reach-bottom to this list (one list per page). */
  pageEvents?: boolean;
  /** False: don't load (yet); the list stays in 'loading'. */
  enabled?: boolean;
};

/**
 * A paged list over a list action that answers `{ items, next }`: first page on mount and on `deps`
 * change, pull-down refresh, next page on reaching the bottom (with the cursor the last page answered).
 * Stale answers (after a refresh or a deps change) are dropped.
 */
export function usePagedList<T>(
  load: PageLoad<T>,
  deps: unknown[],
  { pageSize = 20, pageEvents = true, enabled = true }: PagedListOptions = {},
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedStatus>('loading');
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<Fail | undefined>();
  const gen = useRef(0);
  const busy = useRef(false);
  // The latest `load`: set after commit (a render may be discarded), before any passive effect can load.
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  const refresh = useCallback(async () => {
    const mine = ++gen.current;
    busy.current = true;
    setLoadingMore(false);
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    setError(undefined);
    const r = await loadRef.current(undefined, pageSize);
    if (mine !== gen.current) return;
    busy.current = false;
    if (r.ok) {
      setItems(r.data.items);
      setNext(r.data.next);
      setStatus(r.data.items.length ? 'ready' : 'empty');
    } else {
      setError(r);
      setStatus('error');
    }
  }, [pageSize]);

  const loadMore = useCallback(async () => {
    if (busy.current || next === null || status !== 'ready') return;
    const mine = gen.current;
    busy.current = true;
    setLoadingMore(true);
    setError(undefined);
    const r = await loadRef.current(next, pageSize);
    if (mine !== gen.current) return;
    busy.current = false;
    setLoadingMore(false);
    if (r.ok) {
      setItems((old) => old.concat(r.data.items));
      // An empty page ends the list even if it named a cursor: never loop on nothing.
      setNext(r.data.items.length ? r.data.next : null);
    } else setError(r);
  }, [next, status, pageSize]);

  // Fetching is what this hook is for: the list empties as the first page starts, and `deps` are the caller's.
  useEffect(() => {
    if (!enabled) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setItems([]);
    setNext(null);
    setStatus('loading');
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, refresh, ...deps]);

  usePullDownRefresh(() => {
    if (!pageEvents || !enabled) return;
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (pageEvents && enabled) void loadMore();
  });

  return { status, items, hasMore: next !== null, loadingMore, error, refresh, loadMore };
}
