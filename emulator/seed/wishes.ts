import type { OrgNodeDoc } from '../../src/server/org/repo';
import { userIdOf } from '../../src/server/shared/ids';
import type { WishDoc } from '../../src/server/wish/repo';
import { dongmen } from './county';

const DAY = 24 * 3600 * 1000;

/**
 * Demo wishes at 东门社区, recorded by the grid worker (demo-staff) on residents' behalf — so they hold no
 * resident's wish slot: two in the pool, one waiting for review. Times are relative to the first start,
 * so the hourly timer does not expire them at once.
 */
export function demoWishes(now: number): WishDoc[] {
  const wish = (
    id: string,
    over: Partial<WishDoc> & Pick<WishDoc, 'title' | 'story' | 'category' | 'beneficiary'>,
    station: OrgNodeDoc = dongmen,
  ): WishDoc => ({
    _id: id,
    status: 'open',
    valueFen: 0,
    photos: [],
    ownerId: userIdOf('demo-staff'),
    proxy: true,
    countsTowardLimit: false,
    ownerSlot: id,
    claimSlot: id,
    points: 10,
    stationId: station._id,
    stationName: station.name,
    stationPath: station.path,
    location: station.location,
    flagged: false,
    flaggedFields: [],
    createdAt: now - 3 * DAY,
    updatedAt: now - 2 * DAY,
    reviewedBy: userIdOf('demo-staff'),
    reviewedAt: now - 2 * DAY,
    openedAt: now - 2 * DAY,
    ...over,
  });
  return [
    wish('w-demo-walker', {
      title: '给行动不便的李奶奶买一副助行器',
      story: '李奶奶今年82岁，去年摔伤后腿脚不便，子女在外地打工，希望有一副助行器方便她在家附近走动。',
      category: '医疗健康',
      valueFen: 15_000,
      beneficiary: { name: '李桂芳', phone: '13800007001', address: '东门社区东门路22号3栋101' },
    }),
    wish('w-demo-company', {
      title: '陪空巢老人聊聊天、读读报',
      story: '周爷爷独居多年，眼睛不好，想有人每周来陪他聊聊天，给他读读报纸。',
      category: '陪伴关爱',
      beneficiary: { name: '周建华', address: '东门社区老街5号' },
      openedAt: now - DAY,
    }),
    wish('w-demo-desk', {
      status: 'pending_review',
      title: '给上小学的孩子添一张书桌',
      story: '小雨上三年级，家里没有书桌，只能趴在床边写作业。',
      category: '学习用品',
      valueFen: 30_000,
      beneficiary: { name: '陈小雨', phone: '13800007003', address: '东门社区东门路40号' },
      reviewedBy: undefined,
      reviewedAt: undefined,
      openedAt: undefined,
      createdAt: now - DAY,
      updatedAt: now - DAY,
    }),
  ].map((w) => JSON.parse(JSON.stringify(w)) as WishDoc);
}
