/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Page } from '@/contracts/paging';
import type { Fail, Result } from '@/contracts/result';
import { usePagedList, type PageLoad } from '@/hooks/use-paged-list';
import { page, resetTaro, taroCalls } from '../../helpers/taro-jsdom/taro';

type Row = { id: string };
const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id }));
const ok = (items: Row[], next: string | null): Result<Page<Row>> => ({ ok: true, data: { items, next } });
const fail: Fail = { ok: false, code: 'NETWORK', message: '网络不好，请稍后再试' };

/** A list action over `pages`: the first page for no cursor, then the page each `next` names. */
function server(pages: Record<string, Result<Page<Row>>>) {
  return jest.fn<ReturnType<PageLoad<Row>>, Parameters<PageLoad<Row>>>(async (cursor) => pages[cursor ?? 'first']);
}

/** A call whose answer the test gives when it wants. */
function deferred() {
  let answer!: (r: Result<Page<Row>>) => void;
  const promise = new Promise<Result<Page<Row>>>((resolve) => (answer = resolve));
  return { promise, answer: (r: Result<Page<Row>>) => act(async () => answer(r)) };
}

const ids = (items: Row[]) => items.map((r) => r.id);

beforeEach(() => resetTaro());

describe('usePagedList', () => {
  it('loads the first page with no cursor, then each next page with the cursor the last one answered', async () => {
    const load = server({ first: ok(rows('a', 'b'), 'c1'), c1: ok(rows('c', 'd'), 'c2'), c2: ok(rows('e'), null) });
    const { result } = renderHook(() => usePagedList(load, [], { pageSize: 2 }));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(load).toHaveBeenLastCalledWith(undefined, 2);
    expect(result.current).toMatchObject({ items: rows('a', 'b'), hasMore: true, loadingMore: false });

    await act(() => result.current.loadMore());
    expect(load).toHaveBeenLastCalledWith('c1', 2);
    await act(() => result.current.loadMore());
    expect(load).toHaveBeenLastCalledWith('c2', 2);
    expect(ids(result.current.items)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.current.hasMore).toBe(false);

    // next was null: nothing more is asked for.
    await act(() => result.current.loadMore());
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('an empty first page is "empty"; a failed one is "error" until refresh succeeds', async () => {
    const empty = renderHook(() => usePagedList(server({ first: ok([], null) }), []));
    await waitFor(() => expect(empty.result.current.status).toBe('empty'));

    const load = jest
      .fn<ReturnType<PageLoad<Row>>, Parameters<PageLoad<Row>>>()
      .mockResolvedValueOnce(fail)
      .mockResolvedValueOnce(ok(rows('a'), null));
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toEqual(fail);
    await act(() => result.current.refresh());
    expect(result.current).toMatchObject({ status: 'ready', items: rows('a'), error: undefined });
    expect(load.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, undefined]);
  });

  it('a failed "more" keeps the list and its cursor: trying again asks for the same page', async () => {
    const load = jest
      .fn<ReturnType<PageLoad<Row>>, Parameters<PageLoad<Row>>>()
      .mockResolvedValueOnce(ok(rows('a'), 'c1'))
      .mockResolvedValueOnce(fail)
      .mockResolvedValueOnce(ok(rows('b'), null));
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.loadMore());
    expect(result.current).toMatchObject({ status: 'ready', items: rows('a'), hasMore: true, error: fail });
    await act(() => result.current.loadMore());
    expect(load.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'c1', 'c1']);
    expect(result.current).toMatchObject({ items: rows('a', 'b'), hasMore: false, error: undefined });
  });

  it('an empty page ends the list even when it names a cursor (never loops on nothing)', async () => {
    const load = server({ first: ok(rows('a'), 'c1'), c1: ok([], 'c2') });
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.loadMore());
    expect(result.current.hasMore).toBe(false);
    await act(() => result.current.loadMore());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks for one next page at a time', async () => {
    const more = deferred();
    const load = jest
      .fn<ReturnType<PageLoad<Row>>, Parameters<PageLoad<Row>>>()
      .mockResolvedValueOnce(ok(rows('a'), 'c1'))
      .mockReturnValueOnce(more.promise);
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => {
      void result.current.loadMore();
      void result.current.loadMore();
    });
    expect(result.current.loadingMore).toBe(true);
    await more.answer(ok(rows('b'), null));
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ items: rows('a', 'b'), loadingMore: false });
  });

  it('deps change: starts over from the first page, and a slower answer for the old deps is dropped', async () => {
    const answers = { a: deferred(), b: deferred() };
    const load = jest.fn((key: 'a' | 'b') => answers[key].promise);
    const { result, rerender } = renderHook(({ key }) => usePagedList(() => load(key), [key]), { initialProps: { key: 'a' as 'a' | 'b' } });
    rerender({ key: 'b' });
    await answers.b.answer(ok(rows('b1'), null));
    await answers.a.answer(ok(rows('a1'), 'stale'));
    expect(result.current).toMatchObject({ status: 'ready', items: rows('b1'), hasMore: false });
  });

  it('refresh after paging starts again from the first page (no cursor kept)', async () => {
    const load = server({ first: ok(rows('a'), 'c1'), c1: ok(rows('b'), null) });
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.loadMore());
    await act(() => result.current.refresh());
    expect(load.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'c1', undefined]);
    expect(result.current).toMatchObject({ items: rows('a'), hasMore: true });
  });

  it('pull down refreshes and stops the spinner; reaching the bottom loads more — unless pageEvents is off', async () => {
    const load = server({ first: ok(rows('a'), 'c1'), c1: ok(rows('b'), null) });
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(async () => page.reachBottom());
    await waitFor(() => expect(ids(result.current.items)).toEqual(['a', 'b']));
    await act(async () => page.pullDown());
    await waitFor(() => expect(taroCalls.map((c) => c.api)).toContain('stopPullDownRefresh'));
    expect(load.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'c1', undefined]);

    const quiet = server({ first: ok(rows('a'), 'c1') });
    renderHook(() => usePagedList(quiet, [], { pageEvents: false }));
    await waitFor(() => expect(quiet).toHaveBeenCalledTimes(1));
    await act(async () => {
      page.reachBottom();
      page.pullDown();
    });
    expect(quiet).toHaveBeenCalledTimes(1);
  });

  it('enabled: false waits in "loading" without asking', async () => {
    const load = server({ first: ok(rows('a'), null) });
    const { result, rerender } = renderHook(({ on }) => usePagedList(load, [], { enabled: on }), { initialProps: { on: false } });
    expect(result.current.status).toBe('loading');
    expect(load).not.toHaveBeenCalled();
    rerender({ on: true });
    await waitFor(() => expect(result.current.status).toBe('ready'));
  });
});
