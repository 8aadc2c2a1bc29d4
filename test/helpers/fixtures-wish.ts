/** A wish input the tests of roles and to-do counts post through the API (no database imports: e2e uses it too). */
import type { WishInputOf } from '@/contracts/wish';

/** 张桂兰's reading glasses; without `stationId` it goes to the poster's home station. */
export const glassesWish = (over: Partial<WishInputOf<'submit'>> = {}): WishInputOf<'submit'> => ({
  title: '想要一副老花镜',
  story: '眼睛看不清报纸了，想要一副200度的老花镜。',
  category: '生活用品',
  valueFen: 3000,
  beneficiary: { name: '张桂兰', phone: '13912345678', address: '东门社区3栋' },
  ...over,
});
