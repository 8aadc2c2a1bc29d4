import { EVENT_ROUTES } from '../../contracts/routes';
import { chinaDateTime } from '../../core/subscribe';
import type { NotifyMessage } from '../inbox/notify';
import { noticeOf, type Wording } from '../shared/wording';
import type { SignUpDoc } from './signups-repo';

/** What the event domain tells a volunteer about their place. Kinds are contracts/messages MESSAGE_KINDS. */
export type EventNotice = 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled' | 'removed' | 'reminder';
type Extra = { position?: number; reason?: string };

const q = (p: SignUpDoc) => `「${p.eventTitle}」`;
/** 6月1日 09:00–11:00 in China time. */
function when(p: SignUpDoc): string {
  const start = chinaDateTime(p.slotStart);
  const end = chinaDateTime(p.slotEnd);
  return `${start}–${end.slice(end.lastIndexOf(' ') + 1)}`;
}

/**
 * The event domain's one wording table: each notice's inbox kind, title and body, and the status word of
 * its subscribe message (the other template values come from the place: subscribeValues).
 */
const WORDING: Record<EventNotice, Wording<[SignUpDoc, Extra]>> = {
  confirmed: {
    kind: 'event.confirmed',
    title: '活动报名成功',
    status: '已报名',
    body: (p) => `您已报名${q(p)}，场次：${when(p)}，地点：${p.stationName}。请准时参加。`,
  },
  waitlisted: {
    kind: 'event.waitlisted',
    title: '已加入候补',
    status: '候补中',
    body: (p, e) => `${q(p)}（${when(p)}）名额已满，您已加入候补，排在第${e.position ?? '?'}位。有人取消时将按顺序自动递补并通知您。`,
  },
  promoted: {
    kind: 'event.promoted',
    title: '候补成功，已为您报名',
    status: '已递补',
    body: (p) => `有人取消了报名，您已从候补递补为${q(p)}的正式报名，场次：${when(p)}。请准时参加。`,
  },
  cancelled: {
    kind: 'event.cancelled',
    title: '活动场次已取消',
    status: '已取消',
    body: (p, e) => `很抱歉，${q(p)}（${when(p)}）已被组织者取消${e.reason ? `，原因：${e.reason}` : ''}。您的报名已自动取消。`,
  },
  removed: {
    kind: 'event.removed',
    title: '您已被移出活动',
    status: '已移出',
    body: (p, e) => `组织者将您移出了${q(p)}（${when(p)}）${e.reason ? `，原因：${e.reason}` : ''}。如有疑问请联系队长。`,
  },
  reminder: {
    kind: 'event.reminder',
    title: '活动明天开始',
    status: '即将开始',
    body: (p) => `提醒：您报名的${q(p)}将于${when(p)}开始，地点：${p.stationName}。如不能参加，请在开始前2小时取消。`,
  },
};

/** Values for the kind's subscribe template besides its status word, by the inbox's logical names (it maps and fits them). */
function subscribeValues(p: SignUpDoc, e: Extra): Record<string, string> {
  return {
    title: p.eventTitle,
    time: String(p.slotStart),
    station: p.stationName,
    ...(e.position ? { note: `候补第${e.position}位` } : {}),
    ...(e.reason ? { reason: e.reason } : {}),
  };
}

/**
 * The notice `notice` about place `p` for its volunteer, as a message for `ctx.notify` (use cases) or a
 * timer item's queue (jobs.ts): it goes out only after the change it reports was written. At most one
 * subscribe message per person, place and kind an hour (the source); the inbox message is written each time.
 */
export function eventNotice(p: SignUpDoc, notice: EventNotice, extra: Extra = {}): NotifyMessage {
  return noticeOf(WORDING[notice], [p, extra], {
    userId: p.userId,
    link: `${EVENT_ROUTES.detail}?id=${p.eventId}`,
    source: `event-signup:${p._id}`,
    data: subscribeValues(p, extra),
  });
}
