import { WISH_ROUTES } from '../../contracts/routes';
import { clause } from '../../core/text';
import type { NotifyMessage } from '../inbox/notify';
import { noticeOf, type Wording } from '../shared/wording';
import type { WishDoc } from './repo';

/** What a wish's state change tells whom. Kinds are contracts/messages MESSAGE_KINDS. */
export type WishNotice =
  | 'approved'
  | 'rejected'
  | 'claimed'
  | 'released'
  | 'lapsed.owner'
  | 'lapsed.claimer'
  | 'fulfilled'
  | 'confirmed'
  | 'autoConfirmed'
  | 'expired';

type Extra = { points?: number };

const q = (w: WishDoc) => `「${w.title}」`;
/**
 * How the owner is told whose wish it is: a proxy wish's owner is the grid worker who recorded it for a
 * resident, not the one who wished for it.
 */
const yours = (w: WishDoc) => (w.proxy ? `您为${w.beneficiary.name}登记的心愿` : '您的心愿');

/**
 * The wish domain's one wording table: each notice's inbox kind, title and body, and the status word of
 * its subscribe message (the other template values come from the wish: subscribeValues).
 */
const WORDING: Record<WishNotice, Wording<[WishDoc, Extra]>> = {
  approved: {
    kind: 'wish.approved',
    title: '心愿审核通过',
    status: '已通过',
    body: (w) => `${yours(w)}${q(w)}已通过审核，正在等待爱心人士认领。`,
  },
  rejected: {
    kind: 'wish.rejected',
    title: '心愿未通过审核',
    status: '未通过',
    body: (w) => `${yours(w)}${q(w)}未通过审核，原因：${clause(w.rejectReason ?? '') || '未说明'}。`,
  },
  claimed: {
    kind: 'wish.claimed',
    title: '心愿已被认领',
    status: '已认领',
    body: (w) => `${yours(w)}${q(w)}已被${w.claimerName ?? '爱心人士'}认领，对方会与${w.proxy ? '您或受助人' : '您'}联系。`,
  },
  released: {
    kind: 'wish.released',
    title: '心愿重新待认领',
    status: '待认领',
    body: (w) => `认领人放弃了${yours(w)}${q(w)}，它已回到心愿池等待新的认领。`,
  },
  'lapsed.owner': {
    kind: 'wish.lapsed',
    title: '心愿认领已超时',
    status: '待认领',
    body: (w) => `${yours(w)}${q(w)}认领后7天内未完成，已回到心愿池等待新的认领。`,
  },
  'lapsed.claimer': {
    kind: 'wish.lapsed',
    title: '认领的心愿已超时',
    status: '已超时',
    body: (w) => `您认领的心愿${q(w)}7天内未完成，认领已自动取消。`,
  },
  fulfilled: {
    kind: 'wish.fulfilled',
    title: '心愿已完成，请确认',
    status: '待确认',
    body: (w) => `${yours(w)}${q(w)}已由认领人完成，请${w.proxy ? '向受助人了解后代为' : ''}确认并评价；7天后将自动确认。`,
  },
  confirmed: {
    kind: 'wish.confirmed',
    title: '心愿已确认完成',
    status: '已完成',
    body: (w, e) => `您完成的心愿${q(w)}已确认${e.points ? `，获得爱心积分${e.points}分` : ''}。感谢您的爱心！`,
  },
  autoConfirmed: {
    kind: 'wish.confirmed',
    title: '心愿已自动确认',
    status: '已完成',
    body: (w) => `${yours(w)}${q(w)}完成已满7天，系统已自动确认。`,
  },
  expired: {
    kind: 'wish.expired',
    title: '心愿已过期',
    status: '已过期',
    body: (w) => `${yours(w)}${q(w)}发布超过60天无人认领，已过期，可重新发布。`,
  },
};

/** Values for the kind's subscribe template besides its status word, by the inbox's logical names (it maps and fits them). */
function subscribeValues(w: WishDoc, now: number): Record<string, string> {
  return {
    title: w.title,
    time: String(now),
    station: w.stationName,
    ...(w.claimerName ? { name: w.claimerName } : {}),
    ...(w.rejectReason ? { reason: w.rejectReason } : {}),
  };
}

export type WishNoticeTo = { userId: string | undefined; notice: WishNotice; extra?: Extra };

/**
 * The domain's notices about `w` for each recipient, except `actorId` (who did it and knows), as
 * messages for `ctx.notify` (use cases) or a timer item's queue (jobs.ts): they go out only after the
 * change they report was written. The inbox cuts titles and bodies, and the subscribe sender fits each
 * template value to WeChat's field rules (core/subscribe), so values here are given whole.
 */
export function wishNotices(now: number, w: WishDoc, to: WishNoticeTo[], actorId?: string): NotifyMessage[] {
  return to
    .filter((i): i is WishNoticeTo & { userId: string } => !!i.userId && i.userId !== actorId)
    .map(({ userId, notice, extra = {} }) =>
      noticeOf(WORDING[notice], [w, extra], {
        userId,
        link: `${WISH_ROUTES.detail}?id=${w._id}`,
        // At most one subscribe message per person, wish and kind an hour (inbox/send-throttle.ts).
        source: `wish:${w._id}`,
        data: subscribeValues(w, now),
      }),
    );
}
