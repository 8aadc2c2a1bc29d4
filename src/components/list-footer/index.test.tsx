/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import type { PagedList } from '@/hooks/use-paged-list';
import ListFooter from '.';

function list(over: Partial<PagedList<{ id: string }>>): PagedList<{ id: string }> {
  return {
    status: 'ready',
    items: [{ id: 'a' }],
    hasMore: false,
    loadingMore: false,
    refresh: jest.fn(async () => undefined),
    loadMore: jest.fn(async () => undefined),
    ...over,
  };
}

describe('ListFooter', () => {
  it('more to load: 加载更多, and a tap loads the next page', () => {
    const l = list({ hasMore: true });
    render(<ListFooter idPrefix='pool' list={l} />);
    const more = screen.getByRole('button', { name: '加载更多' });
    expect(more.id).toBe('pool-btn-more');
    fireEvent.click(more);
    expect(l.loadMore).toHaveBeenCalledTimes(1);
  });

  it('a page is loading: says so, with no button to load it twice', () => {
    render(<ListFooter idPrefix='pool' list={list({ hasMore: true, loadingMore: true })} />);
    expect(screen.getByText('正在加载更多…')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('the next page failed: the reason and 重新加载, which loads it again', () => {
    const l = list({ hasMore: true, error: { ok: false, code: 'NETWORK', message: '网络不好，请稍后再试' } });
    render(<ListFooter idPrefix='pool' list={l} />);
    expect(screen.getByText('网络不好，请稍后再试')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    const retry = screen.getByRole('button', { name: '重新加载' });
    expect(retry.id).toBe('pool-btn-more-retry');
    fireEvent.click(retry);
    expect(l.loadMore).toHaveBeenCalledTimes(1);
  });

  it("everything loaded: the end line, the default one or the page's own", () => {
    const { rerender } = render(<ListFooter idPrefix='pool' list={list({})} />);
    expect(document.getElementById('pool-end')?.textContent).toBe('没有更多了');
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<ListFooter idPrefix='pool' list={list({})} endText='只显示最近 100 条' />);
    expect(document.getElementById('pool-end')?.textContent).toBe('只显示最近 100 条');
  });
});
