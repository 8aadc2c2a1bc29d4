/**
 * What the market tells whom — one wording table. Use cases queue these on ctx (the router sends them after
 * the handler succeeded); the verdict of an image check, which no user call carries, sends its own.
 * Villagers staff registered without a phone have no account and get no notice.
 */
import { MARKET_ROUTES } from '../../contracts/routes';
import type { NotifyMessage } from '../inbox/notify';
import { noticeOf, type Wording } from '../shared/wording';
import type { ProducerDoc } from './producer-repo';
import type { ListingDoc } from './repo';

export type ListingNotice = 'approved' | 'rejected' | 'photoRisky';
export type ProducerNotice = 'approved' | 'rejected';

const q = (name: string) => `「${name}」`;

const LISTING: Record<ListingNotice, Wording<[ListingDoc]>> = {
  approved: {
    kind: 'market.listingApproved',
    title: '商品审核通过',
    status: '已上架',
    body: (l) => `您的商品${q(l.name)}已通过审核，在善星小集上架了。`,
  },
  rejected: {
    kind: 'market.listingRejected',
    title: '商品未通过审核',
    status: '未通过',
    body: (l) => `您的商品${q(l.name)}未通过审核，原因：${l.rejectReason ?? '未说明'}。修改后可重新提交。`,
  },
  photoRisky: {
    kind: 'market.photoRisky',
    title: '商品图片未通过检测',
    status: '未通过',
    body: (l) => `您的商品${q(l.name)}有图片未通过安全检测，暂时不能上架。请更换图片后重新提交。`,
  },
};

const PRODUCER: Record<ProducerNotice, Wording<[ProducerDoc]>> = {
  approved: {
    kind: 'market.producerApproved',
    title: '农户登记已通过',
    status: '已通过',
    body: (p) => `您在${p.stationName}的农户登记已通过，可以上架农产品了。`,
  },
  rejected: {
    kind: 'market.producerRejected',
    title: '农户登记未通过',
    status: '未通过',
    body: (p) => `您在${p.stationName}的农户登记未通过，原因：${p.reviewNote ?? '未说明'}。`,
  },
};

/** The notice to a listing's producer, or none when the producer has no account or did it themself. */
export function listingNotice(l: ListingDoc, notice: ListingNotice, now: number, actorId?: string): NotifyMessage[] {
  if (!l.producerUserId || l.producerUserId === actorId) return [];
  return [
    noticeOf(LISTING[notice], [l], {
      userId: l.producerUserId,
      link: `${MARKET_ROUTES.listing}?id=${l._id}`,
      source: `listing:${l._id}`,
      data: { title: l.name, time: String(now), station: l.stationName, ...(l.rejectReason ? { reason: l.rejectReason } : {}) },
    }),
  ];
}

export function producerNotice(p: ProducerDoc, notice: ProducerNotice, now: number): NotifyMessage[] {
  if (!p.userId) return [];
  return [
    noticeOf(PRODUCER[notice], [p], {
      userId: p.userId,
      link: MARKET_ROUTES.producer,
      source: `producer:${p._id}`,
      data: { title: '农户登记', time: String(now), station: p.stationName, ...(p.reviewNote ? { reason: p.reviewNote } : {}) },
    }),
  ];
}
