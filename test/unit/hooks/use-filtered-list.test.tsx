/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Page } from '@/contracts/paging';
import type { Result } from '@/contracts/result';
import { useFilteredList, type ListWhere } from '@/hooks/use-filtered-list';
import { locate } from '@/services/location';
import { orgApi } from '@/services/org';
import { resetTaro } from '../../helpers/taro-jsdom/taro';

jest.mock('@/services/org', () => ({ orgApi: { node: jest.fn() } }));
jest.mock('@/services/location', () => ({ locate: jest.fn() }));
const node = orgApi.node as jest.Mock;
const locateMock = locate as jest.Mock;

type Row = { id: string };
type Cat = '助老' | '环保';
type Sort = 'soonest' | 'nearest' | 'priceAsc';
const NO_LOCATION = { 'no-consent': '没有同意', denied: '没有权限', unavailable: '无法定位' };
const page = (...ids: string[]): Result<Page<Row>> => ({ ok: true, data: { items: ids.map((id) => ({ id })), next: null } });

/** The list action: answers one row and records what it was asked. */
function server() {
  return jest.fn(async (_where: ListWhere<Cat, Sort>, _cursor: string | undefined, _limit: number) => page('r'));
}
const asked = (load: ReturnType<typeof server>) => load.mock.calls[load.mock.calls.length - 1][0];

beforeEach(() => {
  resetTaro();
  node.mockReset();
  locateMock.mockReset();
});

describe('useFilteredList', () => {
  it('without a home station shows the county whatever was asked, and leaves unset filters out of the request', async () => {
    const load = server();
    const { result } = renderHook(() => useFilteredList<Row, Cat, Sort>(undefined, { scope: 'station', sort: 'soonest' }, load));
    await waitFor(() => expect(result.current.list.status).toBe('ready'));
    expect(result.current.scope).toBe('county');
    expect(asked(load)).toEqual({ sort: 'soonest' });
    expect(load).toHaveBeenLastCalledWith({ sort: 'soonest' }, undefined, 20);

    act(() => result.current.setCategory('环保'));
    await waitFor(() => expect(asked(load)).toEqual({ category: '环保', sort: 'soonest' }));
    act(() => result.current.setScope('station'));
    expect(result.current.scope).toBe('county');
    expect(node).not.toHaveBeenCalled();
  });

  it('本站 asks by the home station, 本所 by the 所 above it (read once per station), 全县 by nothing', async () => {
    node.mockResolvedValue({ ok: true, data: { id: 's-1', path: ['center', 'i-7', 's-1'] } });
    const load = server();
    const { result } = renderHook(() => useFilteredList<Row, Cat, Sort>('s-1', { scope: 'station', sort: 'soonest' }, load));
    await waitFor(() => expect(asked(load)).toEqual({ nodeId: 's-1', sort: 'soonest' }));

    act(() => result.current.setScope('institute'));
    await waitFor(() => expect(asked(load)).toEqual({ nodeId: 'i-7', sort: 'soonest' }));
    act(() => result.current.setScope('county'));
    await waitFor(() => expect(asked(load)).toEqual({ sort: 'soonest' }));
    act(() => result.current.setScope('institute'));
    await waitFor(() => expect(asked(load)).toEqual({ nodeId: 'i-7', sort: 'soonest' }));
    expect(node).toHaveBeenCalledTimes(1);
    expect(node).toHaveBeenCalledWith({ id: 's-1' });
  });

  it("a failed read of the station is the list's error, and the list action is not asked", async () => {
    const fail = { ok: false as const, code: 'NETWORK', message: '网络不好，请稍后再试' };
    node.mockResolvedValue(fail);
    const load = server();
    const { result } = renderHook(() => useFilteredList<Row, Cat, Sort>('s-9', { scope: 'institute', sort: 'soonest' }, load));
    await waitFor(() => expect(result.current.list.status).toBe('error'));
    expect(result.current.list.error).toEqual(fail);
    expect(load).not.toHaveBeenCalled();
  });

  it('nearest first: without a fix the sort stays and the notice says why; with one the request carries the point', async () => {
    locateMock.mockResolvedValueOnce({ ok: false, reason: 'denied', message: '' });
    const load = server();
    const { result } = renderHook(() =>
      useFilteredList<Row, Cat, Sort>(undefined, { scope: 'county', sort: 'soonest', noLocation: NO_LOCATION }, load),
    );
    await waitFor(() => expect(result.current.list.status).toBe('ready'));
    await act(() => result.current.setSort('nearest'));
    expect(result.current).toMatchObject({ sort: 'soonest', notice: '没有权限', locating: false });
    expect(load).toHaveBeenCalledTimes(1);

    locateMock.mockResolvedValueOnce({ ok: true, point: { lat: 28.1, lng: 115.2 } });
    await act(() => result.current.setSort('nearest'));
    expect(result.current.sort).toBe('nearest');
    expect(result.current.notice).toBeUndefined();
    await waitFor(() => expect(asked(load)).toEqual({ sort: 'nearest', lat: 28.1, lng: 115.2 }));
  });

  it("a list that names no location messages switches any sort at once; the caller's deps reload it too", async () => {
    const load = server();
    let q = 'a';
    const { result, rerender } = renderHook(() =>
      useFilteredList<Row, Cat, Sort>(undefined, { scope: 'county', sort: 'soonest' }, (w, c, l) => load({ ...w, q } as never, c, l), [q]),
    );
    await waitFor(() => expect(result.current.list.status).toBe('ready'));
    await act(() => result.current.setSort('priceAsc'));
    await waitFor(() => expect(asked(load)).toEqual({ sort: 'priceAsc', q: 'a' }));
    expect(locateMock).not.toHaveBeenCalled();
    q = 'b';
    rerender();
    await waitFor(() => expect(asked(load)).toEqual({ sort: 'priceAsc', q: 'b' }));
  });
});
