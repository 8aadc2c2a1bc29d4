import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Fail, Result } from '@/contracts/result';

/** A page as an offset-paged action answers it. */
export type Page<T> = { items: T[]; hasMore: boolean };
/** A page as a cursor-paged action answers it (no `nextCursor`: the last page). */
export type CursorPage<T> = { items: T[]; nextCursor?: string };
export type PagedStatus = 'loading' | 'ready' | 'empty' | 'error';
/** How the action pages: by offset/limit, or by the cursor the previous page answered. */
export type Paging = 'offset' | 'cursor';

export type OffsetLoad<T> = (offset: number, limit: number) => Promise<Result<Page<T>>>;
/** `cursor` is undefined for the first page. */
export type CursorLoad<T> = (cursor: string | undefined, limit: number) => Promise<Result<CursorPage<T>>>;

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

/** Where the next page starts: the number of items loaded (offset paging) or the answered cursor. */
type Position = { offset: number; cursor?: string };
type Fetched<T> = { ok: true; items: T[]; hasMore: boolean; next: Position } | Fail;

/**
 * A paged list: first page on mount and on `deps` change, pull-down refresh, next page on reaching the
 * bottom. Stale answers (after a refresh or a deps change) are dropped. Offset paging by default;
 * `paging: 'cursor'` for actions that answer a `nextCursor` (points history, inbox).
 */
export function usePagedList<T>(load: OffsetLoad<T>, deps: unknown[], options?: Options & { paging?: 'offset' }): PagedList<T>;
export function usePagedList<T>(load: CursorLoad<T>, deps: unknown[], options: Options & { paging: 'cursor' }): PagedList<T>;
export function usePagedList<T>(
  load: OffsetLoad<T> | CursorLoad<T>,
  deps: unknown[],
  { pageSize = 20, pageEvents = true, enabled = true, paging = 'offset' }: Options & { paging?: Paging } = {},
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedStatus>('loading');
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<Fail | undefined>();
  const gen = useRef(0);
  const busy = useRef(false);
  const pos = useRef<Position>({ offset: 0 });
  // The latest `load`: set after commit (a render may be discarded), before any passive effect can load.
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  /** One page from `from` (the first page when undefined), in one shape for both kinds of paging. */
  const fetchPage = useCallback(
    async (from?: Position): Promise<Fetched<T>> => {
      const offset = from?.offset ?? 0;
      if (paging === 'cursor') {
        const r = await (loadRef.current as CursorLoad<T>)(from?.cursor, pageSize);
        if (!r.ok) return r;
        const next = { offset: offset + r.data.items.length, cursor: r.data.nextCursor };
        return { ok: true, items: r.data.items, hasMore: !!r.data.nextCursor, next };
      }
      const r = await (loadRef.current as OffsetLoad<T>)(offset, pageSize);
      if (!r.ok) return r;
      return { ok: true, items: r.data.items, hasMore: r.data.hasMore, next: { offset: offset + r.data.items.length } };
    },
    [paging, pageSize],
  );

  const refresh = useCallback(async () => {
    const mine = ++gen.current;
    busy.current = true;
    setLoadingMore(false);
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    setError(undefined);
    const r = await fetchPage();
    if (mine !== gen.current) return;
    busy.current = false;
    if (r.ok) {
      pos.current = r.next;
      setItems(r.items);
      setHasMore(r.hasMore);
      setStatus(r.items.length ? 'ready' : 'empty');
    } else {
      setError(r);
      setStatus('error');
    }
  }, [fetchPage]);

  const loadMore = useCallback(async () => {
    if (busy.current || !hasMore || status !== 'ready') return;
    const mine = gen.current;
    busy.current = true;
    setLoadingMore(true);
    setError(undefined);
    const r = await fetchPage(pos.current);
    if (mine !== gen.current) return;
    busy.current = false;
    setLoadingMore(false);
    if (r.ok) {
      pos.current = r.next;
      setItems((old) => old.concat(r.items));
      setHasMore(r.hasMore && r.items.length > 0);
    } else setError(r);
  }, [hasMore, status, fetchPage]);

  // Fetching is what this hook is for: the list empties as the first page starts, and `deps` are the caller's.
  useEffect(() => {
    if (!enabled) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setItems([]);
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

  return { status, items, hasMore, loadingMore, error, refresh, loadMore };
}
