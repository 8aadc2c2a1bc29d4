/** Shared set-up for the wish tests: people, wishes in each state, and direct reads of what was stored. */
import { COLLECTIONS } from '@/contracts/collections';
import type { RoleGrant } from '@/contracts/roles';
import type { WishInputOf } from '@/contracts/wish';
import { slotNames, WISH_RULES } from '@/core/wish';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import type { UserDoc } from '@/server/user/repo';
import type { Caller, LocalCloud } from '../../helpers/local-cloud';
import { rowsOf } from '../../helpers/stored';

export const DONGMEN = ['n-center', 'n-chengguan', 'n-dongmen'];
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

export { rowsOf };

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
export const inboxOf = (openid: string) =>
  rowsOf<{ kind: string; title: string; body: string }>(COLLECTIONS.messages, { userId: userIdOf(openid) });
export const kindsFor = async (openid: string) => (await inboxOf(openid)).map((m) => m.kind).sort();

/** A logged-in resident (no roles) of `stationId`. */
export async function resident(cloud: LocalCloud, openid: string, stationId = 'n-dongmen'): Promise<Caller> {
  const c = await cloud.as(openid);
  await c.ok('user', 'login');
  await c.ok('user', 'setHomeStation', { stationId });
  return c;
}

const grant = (role: RoleGrant['role'], nodeId: string, extra: Partial<RoleGrant> = {}) => ({
  role,
  nodeId,
  nodeName: nodeId,
  grantedAt: 0,
  grantedBy: 'test',
  ...extra,
});

/** Users written straight into the store (as the seed does): volunteers, staff, units. */
export async function seedUsers(docs: { openid: string; roles: ReturnType<typeof grant>[]; realName?: string }[]): Promise<void> {
  const users = db().collection(COLLECTIONS.users);
  await Promise.all(
    docs.map(({ openid, roles, realName }) =>
      users.add({
        data: {
          _id: userIdOf(openid),
          openid,
          nickname: realName ?? openid,
          roles,
          ...(roles.some((r) => r.role === 'volunteer')
            ? {
                volunteer: {
                  realName: realName ?? '李志愿',
                  phone: '13700000000',
                  stationId: 'n-dongmen',
                  stationName: '东门社区新时代文明实践站',
                  stationPath: DONGMEN,
                  skills: [],
                  status: 'approved',
                  registeredAt: 0,
                },
              }
            : {}),
          createdAt: 0,
          updatedAt: 0,
        },
      }),
    ),
  );
}

export const volunteers = (openids: string[]) =>
  seedUsers(openids.map((openid) => ({ openid, roles: [grant('volunteer', 'n-dongmen')], realName: '李志愿' })));
export const staffAt = (openid: string, nodeId: string, proxy = false) =>
  seedUsers([{ openid, roles: [grant('staff', nodeId, proxy ? { proxy: true } : {})] }]);

/** Submits as `owner` and approves as `staff`: an open wish. */
export async function openWish(owner: Caller, staff: Caller, over: Partial<WishInputOf<'submit'>> = {}, opts?: { now?: number }) {
  const w = await owner.ok('wish', 'submit', wishInput(over), opts);
  return staff.ok('wish', 'review', { id: w.id, approve: true }, opts);
}

/** An open wish claimed by `claimer`. */
export async function claimedWish(
  owner: Caller,
  staff: Caller,
  claimer: Caller,
  over: Partial<WishInputOf<'submit'>> = {},
  opts?: { now?: number },
) {
  const w = await openWish(owner, staff, over, opts);
  return claimer.ok('wish', 'claim', { id: w.id }, opts);
}

/** A wish `claimer` fulfilled. */
export async function fulfilledWish(
  owner: Caller,
  staff: Caller,
  claimer: Caller,
  over: Partial<WishInputOf<'submit'>> = {},
  opts?: { now?: number },
) {
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
