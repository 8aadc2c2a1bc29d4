import Taro from '@tarojs/taro';
import { EVENT_CATEGORIES, type EventAvailability, type EventInputs, type EventOutput, type SignUpStatus } from '@/contracts/event';
import { EVENT_ROUTES } from '@/contracts/routes';
import { apiOf } from './actions';

/** Typed wrappers over the `event` cloud function (types only from the zod-free contract half). */
export const eventApi = apiOf<EventInputs, EventOutput>('event');

export { EVENT_ROUTES, EVENT_CATEGORIES };

export function openEvent(id: string): void {
  void Taro.navigateTo({ url: `${EVENT_ROUTES.detail}?id=${encodeURIComponent(id)}` });
}

/** The publish form: a new event, or the edit of `id`. */
export function openEventForm(id?: string): void {
  void Taro.navigateTo({ url: `${EVENT_ROUTES.publish}${id ? `?id=${encodeURIComponent(id)}` : ''}` });
}

export function openRoster(eventId: string, slotId: string): void {
  void Taro.navigateTo({ url: `${EVENT_ROUTES.roster}?eventId=${encodeURIComponent(eventId)}&slotId=${encodeURIComponent(slotId)}` });
}

export function openEventPage(page: 'mine' | 'managed'): void {
  void Taro.navigateTo({ url: EVENT_ROUTES[page] });
}

/** A card's word for where an event stands (the server's `availability`). */
export const AVAILABILITY_TEXT: Record<EventAvailability, string> = {
  signUp: '报名',
  waitlist: '候补',
  notOpen: '未开始报名',
  closed: '报名已结束',
  cancelled: '已取消',
};

export const SIGNUP_STATUS_TEXT: Record<SignUpStatus, string> = {
  confirmed: '已报名',
  waiting: '候补中',
  cancelled: '已取消',
  removed: '已被移出',
  dropped: '场次取消',
};

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];

/** 6月1日 周一 in China time. */
export function dayText(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${WEEK[d.getUTCDay()]}`;
}

/** 09:30 in China time. */
export function clockText(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 6月1日 周一 09:00–11:00. */
export const spanText = (start: number, end: number): string => `${dayText(start)} ${clockText(start)}–${clockText(end)}`;
