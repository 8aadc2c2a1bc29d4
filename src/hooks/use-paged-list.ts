import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Fail, Result } from '@/contracts/result';

export type Page<T> = { items: T[]; hasMore: boolean };
export type PagedStatus = 'loading' | 'ready' | 'empty' | 'error';

export type PagedList<T> = {
  status: PagedStatus;
  items: T[];
  hasMore: boolean;
  /** A next page is loading. */
  loadingMore: boolean;
  /** The first page failed (status 'error') or the last "more" failed (status stays 'ready'). */
  error?: Fail;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
};

type Options = {
  pageSize?: number;
  /** Hook the page's pull-down refresh and reach-bottom to this list (one list per page). */
  pageEvents?: boolean;
  /** False: don't load (yet); the list stays in 'loading'. */
  enabled?: boolean;
};

/**
 * A list paged by offset/limit: first page on mount and on `deps` change, pull-down refresh,
 * next page on reaching the bottom. Stale answers (after a refresh or a deps change) are dropped.
 */
export function usePagedList<T>(
  load: (offset: number, limit: number) => Promise<Result<Page<T>>>,
  deps: unknown[],
  { pageSize = 20, pageEvents = true, enabled = true }: Options = {},
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedStatus>('loading');
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<Fail | undefined>();
  const gen = useRef(0);
  const busy = useRef(false);
  const count = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const refresh = useCallback(async () => {
    const mine = ++gen.current;
    busy.current = true;
    setLoadingMore(false);
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    setError(undefined);
    const r = await loadRef.current(0, pageSize);
    if (mine !== gen.current) return;
    busy.current = false;
    if (r.ok) {
      count.current = r.data.items.length;
      setItems(r.data.items);
      setHasMore(r.data.hasMore);
      setStatus(r.data.items.length ? 'ready' : 'empty');
    } else {
      setError(r);
      setStatus('error');
    }
  }, [pageSize]);

  const loadMore = useCallback(async () => {
    if (busy.current || !hasMore || status !== 'ready') return;
    const mine = gen.current;
    busy.current = true;
    setLoadingMore(true);
    setError(undefined);
    const r = await loadRef.current(count.current, pageSize);
    if (mine !== gen.current) return;
    busy.current = false;
    setLoadingMore(false);
    if (r.ok) {
      count.current += r.data.items.length;
      setItems((old) => old.concat(r.data.items));
      setHasMore(r.data.hasMore && r.data.items.length > 0);
    } else setError(r);
  }, [hasMore, status, pageSize]);

  useEffect(() => {
    if (!enabled) return;
    setItems([]);
    setStatus('loading');
    void refresh();
  }, [enabled, ...deps]);

  usePullDownRefresh(() => {
    if (!pageEvents || !enabled) return;
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (pageEvents && enabled) void loadMore();
  });

  return { status, items, hasMore, loadingMore, error, refresh, loadMore };
}
