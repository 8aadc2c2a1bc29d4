/** Shared set-up for the wish tests: people, wishes in each state, and direct reads of what was stored. */
import { COLLECTIONS } from '@/contracts/collections';
import type { WishInputOf } from '@/contracts/wish';
import { slotNames, WISH_RULES } from '@/core/wish';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import type { UserDoc } from '@/server/user/repo';
import type { Caller, LocalCloud } from '../../helpers/local-cloud';
import { DONGMEN, grant, inboxOf, seedUsers, staffAt as staffOf } from '../../helpers/people';
import { rowsOf } from '../../helpers/stored';

export const PHONE = '13912340001';
export const ADDRESS = '东门社区幸福里3栋2单元101室';

export const wishInput = (over: Partial<WishInputOf<'submit'>> = {}): WishInputOf<'submit'> => ({
  title: '给独居老人买一袋米',
  story: '王奶奶独自生活，腿脚不便，希望有人帮忙买一袋米送到家里。',
  category: '生活用品',
  valueFen: 8_000,
  beneficiary: { name: '王秀英', phone: PHONE, address: ADDRESS },
  stationId: 'n-dongmen',
  ...over,
});

export { DONGMEN, inboxOf, rowsOf, seedUsers };

export const storedWish = async (id: string) => (await rowsOf(COLLECTIONS.wishes, { _id: id }))[0];
/**
 * How many of the user's cap slots stored wishes hold: `claimSlot` (active claims) or `ownerSlot`
 * (unfinished wishes of their own) — what the caps count.
 */
export async function slotsHeld(openid: string, field: 'claimSlot' | 'ownerSlot'): Promise<number> {
  const slots = slotNames(userIdOf(openid), WISH_RULES.maxActiveClaimsUnit);
  return (await rowsOf(COLLECTIONS.wishes, { [field]: db().command.in(slots) })).length;
}

export const storedUser = async (openid: string) =>
  (await rowsOf<UserDoc & Record<string, any>>(COLLECTIONS.users, { _id: userIdOf(openid) }))[0];
export const kindsFor = async (openid: string) => (await inboxOf(openid)).map((m) => m.kind).sort();

/** A logged-in resident (no roles) of `stationId`. */
export async function resident(cloud: LocalCloud, openid: string, stationId = 'n-dongmen'): Promise<Caller> {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  await c.ok('user', 'setHomeStation', { stationId });
  return c;
}

export const volunteers = (openids: string[]) =>
  seedUsers(openids.map((openid) => ({ openid, roles: [grant('volunteer', 'n-dongmen')], realName: '李志愿' })));
export const staffAt = (openid: string, nodeId: string, proxy = false) => staffOf(openid, nodeId, proxy ? { proxy: true } : {});

/** Submits as `owner` and approves as `staff`: an open wish. */
export async function openWish(owner: Caller, staff: Caller, over: Partial<WishInputOf<'submit'>> = {}, opts?: { now?: number }) {
  const w = await owner.ok('wish', 'submit', wishInput(over), opts);
  return staff.ok('wish', 'review', { id: w.id, approve: true }, opts);
}

/** Who takes a wish along: its owner, the staff who approve it, the claimer; what to change in it; when. */
type Along = [owner: Caller, staff: Caller, claimer: Caller, over?: Partial<WishInputOf<'submit'>>, opts?: { now?: number }];

/** An open wish claimed by `claimer`. */
export async function claimedWish(...[owner, staff, claimer, over = {}, opts]: Along) {
  const w = await openWish(owner, staff, over, opts);
  return claimer.ok('wish', 'claim', { id: w.id }, opts);
}

/** A wish `claimer` fulfilled. */
export async function fulfilledWish(...[owner, staff, claimer, over = {}, opts]: Along) {
  const w = await claimedWish(owner, staff, claimer, over, opts);
  return claimer.ok('wish', 'fulfil', { id: w.id, note: '已把米送到王奶奶家' }, opts);
}

/** Every string in an answer except ids and file ids — what a person could read. */
export function readableStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /id$|^id$|photos/i.test(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => readableStrings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => readableStrings(v, k));
  return [];
}
