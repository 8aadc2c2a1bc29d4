/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Page } from '@/contracts/paging';
import type { Result } from '@/contracts/result';
import { useReviewQueue } from '@/hooks/use-review-queue';
import { page, resetTaro } from '../../helpers/taro-jsdom/taro';

type Row = { id: string };
const queue = (...ids: string[]): Result<Page<Row>> => ({ ok: true, data: { items: ids.map((id) => ({ id })), next: null } });

beforeEach(() => resetTaro());

describe('useReviewQueue', () => {
  it('keeps each decision by item until the page shows again, then reads the queue afresh without them', async () => {
    const load = jest.fn(async () => queue('a', 'b'));
    const { result } = renderHook(() => useReviewQueue<Row, string>(load));
    act(() => page.show());
    await waitFor(() => expect(result.current.list.items).toHaveLength(2));
    act(() => result.current.decide('a')('approved'));
    act(() => result.current.decide('b')('rejected'));
    expect(result.current.decided).toEqual({ a: 'approved', b: 'rejected' });
    expect(load).toHaveBeenCalledTimes(1);

    load.mockResolvedValueOnce(queue('c'));
    act(() => page.show());
    await waitFor(() => expect(result.current.list.items.map((r) => r.id)).toEqual(['c']));
    expect(result.current.decided).toEqual({});
    expect(load).toHaveBeenCalledTimes(2);
  });
});
