/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { ROUTES } from '@/contracts/routes';
import type { PagedList } from '@/hooks/use-paged-list';
import { resetTaro, taroCalls } from '../../../test/helpers/taro-jsdom/taro';
import PagedListView, { type EmptyAction } from '.';

type Row = { id: string; title: string };

function list(over: Partial<PagedList<Row>>): PagedList<Row> {
  return {
    status: 'ready',
    items: [],
    hasMore: false,
    loadingMore: false,
    refresh: jest.fn(async () => undefined),
    loadMore: jest.fn(async () => undefined),
    ...over,
  };
}

const wish = jest.fn();

function view(l: PagedList<Row>) {
  return (
    <PagedListView
      list={l}
      idPrefix='mine'
      loadingTitle='正在加载心愿…'
      empty={{
        icon: '心',
        title: '还没有心愿',
        text: '许个心愿，让邻居帮帮您',
        action: { id: 'mine-btn-wish', label: '许心愿', how: 'run', run: wish },
      }}
    >
      {(row) => <span>{row.title}</span>}
    </PagedListView>
  );
}

describe('PagedListView', () => {
  it('loading: the loading state with the page title, no items', () => {
    render(view(list({ status: 'loading' })));
    expect(document.getElementById('mine-state')).toBeTruthy();
    expect(screen.getByText('正在加载心愿…')).toBeTruthy();
    expect(document.getElementById('mine-list')).toBeNull();
  });

  it('the first page failed: the reason and 重试, which loads the list again', () => {
    const l = list({ status: 'error', error: { ok: false, code: 'NETWORK', message: '网络不好，请稍后再试' } });
    render(view(l));
    expect(screen.getByText('暂时连不上')).toBeTruthy();
    expect(screen.getByText('网络不好，请稍后再试')).toBeTruthy();
    const retry = screen.getByRole('button', { name: '重试' });
    expect(retry.id).toBe('mine-btn-retry');
    fireEvent.click(retry);
    expect(l.refresh).toHaveBeenCalledTimes(1);
    expect(l.loadMore).not.toHaveBeenCalled();
  });

  it("empty: what the list is for and what to do, with the page's own step ('run': no navigation)", () => {
    resetTaro();
    wish.mockClear();
    render(view(list({ status: 'empty' })));
    expect(screen.getByText('还没有心愿')).toBeTruthy();
    expect(screen.getByText('许个心愿，让邻居帮帮您')).toBeTruthy();
    expect(screen.getByText('心')).toBeTruthy();
    const button = screen.getByRole('button', { name: '许心愿' });
    expect(button.id).toBe('mine-btn-wish');
    fireEvent.click(button);
    expect(wish).toHaveBeenCalledTimes(1);
    expect(taroCalls).toEqual([]);
  });

  it.each<[string, EmptyAction, { api: string; arg: unknown }]>([
    ['tab', { id: 'mine-btn-events', label: '去看看活动', to: ROUTES.event, how: 'tab' }, { api: 'switchTab', arg: { url: ROUTES.event } }],
    [
      'go',
      { id: 'mine-btn-new', label: '许个心愿', to: '/packages/wish/submit/index', how: 'go', type: 'secondary' },
      { api: 'navigateTo', arg: { url: '/packages/wish/submit/index' } },
    ],
  ])('empty with a next step as data (%s): its button, by id and label, goes where it says', (_how, action, call) => {
    resetTaro();
    render(
      <PagedListView
        list={list({ status: 'empty' })}
        idPrefix='mine'
        empty={{ icon: '心', title: '还没有心愿', text: '许个心愿', action: action }}
      >
        {(row) => <span>{row.title}</span>}
      </PagedListView>,
    );
    const button = screen.getByRole('button', { name: action.label });
    expect(button.id).toBe(action.id);
    expect(button.className).toContain(`action-button--${action.type ?? 'primary'}`);
    expect(taroCalls).toEqual([]);
    fireEvent.click(button);
    expect(taroCalls).toEqual([call]);
  });

  it('ready: each item in order, then the footer', () => {
    const l = list({
      items: [
        { id: 'w1', title: '收音机' },
        { id: 'w2', title: '轮椅' },
      ],
      hasMore: true,
    });
    render(view(l));
    expect(document.getElementById('mine-state')).toBeNull();
    expect(document.getElementById('mine-list')?.textContent).toBe('收音机轮椅');
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(l.loadMore).toHaveBeenCalledTimes(1);
  });
});
