import { ADMIN_ROUTES, EVENT_ROUTES, MARKET_ROUTES, ORDER_ROUTES, WISH_ROUTES } from '../../contracts/routes';
import { countHoursToConfirm } from '../attendance/repo';
import { countPendingReview as pendingListings } from '../market/repo';
import { countToHandOver } from '../order/repo';
import { countPendingVolunteers } from '../user/repo';
import { countPendingReview as pendingWishes } from '../wish/repo';

/**
 * The workbench's to-do counters: each domain contributes one line — a key, what the count is called, the
 * page that lists those things, and ONE count query over the caller's scopes (node ids; a center admin's
 * is the center, on every path; `now` for what waits once a time has passed). Adding a to-do is adding a line
 * here (docs/workbench.md).
 */
export type TodoCounter = {
  key: string;
  label: string;
  route: string;
  count: (scopes: string[], now: number) => Promise<number>;
};

export const TODO_COUNTERS: readonly TodoCounter[] = [
  { key: 'wishes', label: '待审核的心愿', route: WISH_ROUTES.review, count: pendingWishes },
  { key: 'volunteers', label: '待审核的志愿者', route: ADMIN_ROUTES.volunteers, count: countPendingVolunteers },
  { key: 'listings', label: '待审核的商品', route: MARKET_ROUTES.review, count: pendingListings },
  { key: 'orders', label: '待交接的订单', route: ORDER_ROUTES.station, count: countToHandOver },
  // Seats, not slots: one count; the managed events list leads to each slot's roster and its confirm.
  { key: 'hours', label: '待确认的服务时长', route: EVENT_ROUTES.managed, count: countHoursToConfirm },
];
