/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import type { FilteredList } from '@/hooks/use-filtered-list';
import ListFilters from '.';

type Sort = 'newest' | 'nearest';
const byId = (id: string) => document.getElementById(id) as HTMLElement;

function filters(over: Partial<Omit<FilteredList<unknown, '助老' | '环保', Sort>, 'list'>> = {}) {
  return {
    scope: 'station' as const,
    setScope: jest.fn(),
    category: undefined,
    setCategory: jest.fn(),
    sort: 'newest' as Sort,
    setSort: jest.fn(async () => {}),
    locating: false,
    ...over,
  };
}
const SORTS = [
  { value: 'newest' as const, label: '最新' },
  { value: 'nearest' as const, label: '离我最近' },
];

describe('ListFilters', () => {
  it('with a home station: 本站/本所/全县 and the sort as segments, the chosen ones on; a tap hands the value over', () => {
    const f = filters();
    render(<ListFilters idPrefix='wish' noun='心愿' hasHome filters={f} sorts={SORTS} categories={['助老', '环保']} />);
    expect(byId('wish-scope-station').className).toContain('list-filters__seg-item--on');
    expect(byId('wish-scope-county').className).not.toContain('--on');
    expect(byId('wish-sort-newest').className).toContain('--on');
    fireEvent.click(byId('wish-scope-county'));
    expect(f.setScope).toHaveBeenCalledWith('county');
    fireEvent.click(byId('wish-sort-nearest'));
    expect(f.setSort).toHaveBeenCalledWith('nearest');
  });

  it('without a home station: no scope, a line that says the whole county shows; the notice and locating lines', () => {
    render(
      <ListFilters
        idPrefix='event'
        noun='活动'
        hasHome={false}
        filters={filters({ locating: true, notice: '没有获得定位权限' })}
        sorts={SORTS}
        categories={[]}
      />,
    );
    expect(document.getElementById('event-scope')).toBeNull();
    expect(screen.getByText('正在看全县的活动。选好您的站点后，可以只看身边的。')).toBeTruthy();
    expect(screen.getByText('正在确定您的位置…')).toBeTruthy();
    expect(byId('event-sort-notice').textContent).toBe('没有获得定位权限');
  });

  it('categories as chips after 全部 and any extra chips; the chosen one is selected, 全部 clears it', () => {
    const f = filters({ category: '环保' });
    render(
      <ListFilters
        idPrefix='market'
        noun='商品'
        hasHome
        filters={f}
        sorts={SORTS}
        categories={['助老', '环保']}
        chips={<span id='market-supported'>帮扶产品</span>}
      />,
    );
    const row = byId('market-cat-all').parentElement as HTMLElement;
    expect(Array.from(row.children).map((c) => c.id)).toEqual(['market-supported', 'market-cat-all', 'market-cat-0', 'market-cat-1']);
    expect(byId('market-cat-1').textContent).toBe('✓ 环保');
    fireEvent.click(byId('market-cat-0'));
    expect(f.setCategory).toHaveBeenLastCalledWith('助老');
    fireEvent.click(byId('market-cat-all'));
    expect(f.setCategory).toHaveBeenLastCalledWith(undefined);
  });
});
