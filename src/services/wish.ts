import Taro from '@tarojs/taro';
import { WISH_ROUTES } from '@/contracts/routes';
import type { UserView } from '@/contracts/user';
import type { WishCategory, WishInputs, WishOutput, WishStatus } from '@/contracts/wish';
import { apiOf } from './actions';

/**
 * Typed wrappers over the `wish` cloud function. Types only from contracts: this module is in the main
 * package (the 心愿 tab), which carries no zod.
 */
export const wishApi = apiOf<WishInputs, WishOutput>('wish');

/** The wish pages (the route table of contracts/routes). */
export { WISH_ROUTES };

export function openWish(id: string, extra = ''): void {
  void Taro.navigateTo({ url: `${WISH_ROUTES.detail}?id=${encodeURIComponent(id)}${extra}` });
}

/** After 许愿: the new wish's page (it says the wish waits for review) in place of the form. */
export function showSubmittedWish(id: string): void {
  void Taro.redirectTo({ url: `${WISH_ROUTES.detail}?id=${encodeURIComponent(id)}&submitted=1` });
}

export function openWishPage(page: Exclude<keyof typeof WISH_ROUTES, 'detail'>): void {
  void Taro.navigateTo({ url: WISH_ROUTES[page] });
}

/**
 * The contract's categories, repeated here so the main package needs no zod (contracts/wish builds
 * schemas when loaded). The compiler checks the two lists stay the same.
 */
export const WISH_CATEGORY_OPTIONS = [
  '生活用品',
  '学习用品',
  '医疗健康',
  '陪伴关爱',
  '家居维修',
  '其他',
] as const satisfies readonly WishCategory[];
type MissingCategory = Exclude<WishCategory, (typeof WISH_CATEGORY_OPTIONS)[number]>;
const _everyCategory: MissingCategory extends never ? true : MissingCategory = true;
void _everyCategory;

/** Status words on screen (the step bar uses the same: 待审核 → 待认领 → 已认领 → 已完成 → 已确认). */
export const WISH_STATUS_TEXT: Record<WishStatus, string> = {
  pending_review: '待审核',
  open: '待认领',
  claimed: '已认领',
  fulfilled: '已完成',
  confirmed: '已确认',
  rejected: '未通过',
  cancelled: '已撤回',
  expired: '已过期',
};

export type WishStatusTone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';
export const WISH_STATUS_TONE: Record<WishStatus, WishStatusTone> = {
  pending_review: 'warning',
  open: 'primary',
  claimed: 'primary',
  fulfilled: 'warning',
  confirmed: 'success',
  rejected: 'danger',
  cancelled: 'neutral',
  expired: 'neutral',
};

/** 15000 → "150 元", 0 → "不涉及金额". */
export function formatYuan(fen: number): string {
  if (!fen) return '不涉及金额';
  const yuan = fen / 100;
  return `${Number.isInteger(yuan) ? yuan : yuan.toFixed(2)} 元`;
}

/** "刚刚", "3 小时前", "2 天前", then the date. */
export function formatAge(ms: number, now = Date.now()): string {
  const min = Math.floor((now - ms) / 60_000);
  if (!Number.isFinite(min) || min < 1) return '刚刚';
  if (min < 60) return `${min} 分钟前`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} 小时前`;
  const d = Math.floor(h / 24);
  if (d < 30) return `${d} 天前`;
  const t = new Date(ms);
  return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日`;
}

/** "11月22日 14:05". */
export function formatWhen(ms: number): string {
  const t = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getMonth() + 1}月${t.getDate()}日 ${p(t.getHours())}:${p(t.getMinutes())}`;
}

/**
 * Which wish entries the signed-in user's screens offer: 我认领的 for volunteers and units, the staff pages
 * by the server's staff flag. What may be done with one wish comes from its view's `actions`.
 */
export function wishAbilities(user: Pick<UserView, 'roles' | 'staff'>): { claim: boolean; staff: boolean } {
  return { claim: user.roles.some((r) => r.role === 'volunteer' || r.role === 'unit'), staff: user.staff };
}
