import type { WishCategory, WishView } from '@/contracts/wish';
import { useFilteredList, type FilteredList } from '@/hooks/use-filtered-list';
import type { LocateFailure } from '@/services/location';
import { wishApi } from '@/services/wish';

export type PoolSort = 'newest' | 'nearest';
export type Pool = FilteredList<WishView, WishCategory, PoolSort>;

const NO_LOCATION: Record<LocateFailure, string> = {
  'no-consent': '您没有同意使用位置信息，心愿先按最新发布排列。',
  denied: '没有获得定位权限，心愿先按最新发布排列。',
  unavailable: '暂时无法定位，请打开手机定位后再试。心愿先按最新发布排列。',
};

/** The open pool: 本站 first, newest or nearest first. */
export function usePool(home: string | undefined): Pool {
  return useFilteredList<WishView, WishCategory, PoolSort>(
    home,
    { scope: 'station', sort: 'newest', noLocation: NO_LOCATION },
    (where, cursor, limit) => wishApi.pool({ ...where, cursor, limit }),
  );
}
