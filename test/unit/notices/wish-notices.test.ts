import { wishNotices } from '@/server/wish/notices';
import type { WishDoc } from '@/server/wish/repo';

const base = {
  _id: 'w-1',
  title: '想要一台收音机',
  ownerId: 'u-owner',
  stationName: '东门社区新时代文明实践站',
  beneficiary: { name: '张桂兰', address: '东门社区3栋' },
} as unknown as WishDoc;

const bodyOf = (w: Partial<WishDoc>, notice: Parameters<typeof wishNotices>[2][number]['notice']) =>
  wishNotices(0, { ...base, ...w } as WishDoc, [{ userId: 'u-owner', notice }])[0].body;

describe('wish notices', () => {
  it('a reason that ends in 。 (or ! or spaces) is printed with one full stop', () => {
    expect(bodyOf({ rejectReason: '请写清需要的物品。' }, 'rejected')).toBe(
      '您的心愿「想要一台收音机」未通过审核，原因：请写清需要的物品。',
    );
    expect(bodyOf({ rejectReason: '地址不全！ ' }, 'rejected')).toMatch(/原因：地址不全。$/);
    expect(bodyOf({ rejectReason: '。' }, 'rejected')).toMatch(/原因：未说明。$/);
  });

  it('tells the grid worker who recorded a proxy wish that it is the resident’s, not theirs', () => {
    const proxy = { proxy: true };
    for (const notice of [
      'approved',
      'rejected',
      'claimed',
      'released',
      'lapsed.owner',
      'fulfilled',
      'autoConfirmed',
      'expired',
    ] as const) {
      const body = bodyOf(proxy, notice);
      expect(body).toContain('您为张桂兰登记的心愿「想要一台收音机」');
      expect(body).not.toContain('您的心愿');
    }
    expect(bodyOf({ proxy: false }, 'approved')).toContain('您的心愿「想要一台收音机」');
  });
});
