import Taro from '@tarojs/taro';
import type { InboxInputs, InboxOutput } from '@/contracts/messages';
import { apiOf } from './actions';
import { ROUTES } from './env';
import { listenerSet } from './listeners';

export const INBOX_ROUTE = ROUTES.inbox;

/** Typed wrappers over the `inbox` cloud function. Types only from contracts: no zod in the bundle. */
export const inboxApi = apiOf<InboxInputs, InboxOutput>('inbox');

// ---- The unread count: one tiny store, so 我的, the inbox and the tab bar agree. ----

/** Position of 我的 in app.config's tabBar list. */
const ME_TAB_INDEX = 4;

let unread: number | undefined;
let inflight: Promise<void> | undefined;
const changes = listenerSet();

/** undefined until the first count arrived. */
export function getUnread(): number | undefined {
  return unread;
}

export const subscribeUnread = changes.subscribe;

/** Sets the count (after reading messages here) and the 我的 tab badge. */
export function setUnread(n: number): void {
  const next = Math.max(0, n);
  syncTabBadge(next);
  if (next === unread) return;
  unread = next;
  changes.notify();
}

/** Asks the server (inbox.unreadCount, one count); calls made while one runs share it. Keeps the old count on failure. */
export function refreshUnread(): Promise<void> {
  inflight ??= inboxApi.unreadCount().then((r) => {
    inflight = undefined;
    if (r.ok) setUnread(r.data.count);
  });
  return inflight;
}

/** "99+" above 99. */
export function badgeText(n: number): string {
  return n > 99 ? '99+' : String(n);
}

function syncTabBadge(n: number): void {
  // WeChat refuses both calls on a page that is not a tab page; 我的 syncs again when it shows.
  const done = n > 0 ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: badgeText(n) }) : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
  void Promise.resolve(done).catch(() => undefined);
}

// ---- Showing a message ----

const TAB_PAGES: string[] = [ROUTES.home, ROUTES.wish, ROUTES.event, ROUTES.market, ROUTES.me];

/** Opens a message's link: tab pages by switchTab, others by navigateTo; a page that is not there yet → a toast. */
export function openMessageLink(link: string): void {
  const url = link.startsWith('/') ? link : `/${link}`;
  const path = url.split('?')[0];
  const failed = () => void Taro.showToast({ title: '这个页面暂时打不开', icon: 'none' });
  const go = TAB_PAGES.includes(path) ? Taro.switchTab({ url: path }) : Taro.navigateTo({ url });
  void Promise.resolve(go).catch(failed);
}

/** 今天 14:30 · 昨天 09:05 · 1月5日 · 2025年12月30日 (times in the phone's zone). */
export function messageTime(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  const hm = `${p(d.getHours())}:${p(d.getMinutes())}`;
  const day = (t: Date) => new Date(t.getFullYear(), t.getMonth(), t.getDate()).getTime();
  const today = day(new Date(now));
  if (day(d) === today) return `今天 ${hm}`;
  if (day(d) === today - 86_400_000) return `昨天 ${hm}`;
  if (d.getFullYear() === new Date(now).getFullYear()) return `${d.getMonth() + 1}月${d.getDate()}日 ${hm}`;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}
