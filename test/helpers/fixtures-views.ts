/**
 * Views as the server answers them, for the tests of pages and components: one wish in the pool and the people
 * who look at it. Each test names only what its subject depends on (`over`).
 */
import type { UserView } from '@/contracts/user';
import type { WishView } from '@/contracts/wish';

/** An open wish of 东门社区站, seen by the public. */
export const wishView = (over: Partial<WishView> = {}): WishView => ({
  id: 'w-1',
  status: 'open',
  title: '想要一台收音机',
  story: '家里的收音机坏了。',
  category: '生活用品',
  valueFen: 8000,
  photos: [],
  stationId: 'n-dongmen',
  stationName: '东门社区站',
  proxy: false,
  beneficiary: { name: '张**' },
  viewer: 'public',
  points: 10,
  createdAt: 0,
  ...over,
});

/** A signed-in resident of 东门 with no roles (the viewer's own view: `self`). */
export const residentView = (over: Partial<UserView> = {}): UserView => ({
  id: 'u-zhang',
  nickname: '张桂兰',
  homeStationId: 'n-dongmen',
  roles: [],
  staff: false,
  createdAt: 0,
  self: true,
  ...over,
});

/** 刘芳, staff of 城关镇. */
export const staffView = (over: Partial<UserView> = {}): UserView => ({
  id: 'u-staff',
  nickname: '刘芳',
  roles: [{ role: 'staff', nodeId: 'n-chengguan' }],
  staff: true,
  createdAt: 0,
  self: true,
  ...over,
});
