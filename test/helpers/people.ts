/** People written straight into the store (as the seed does), for the integration tests of every domain. */
import { COLLECTIONS } from '../../src/contracts/collections';
import type { RoleGrant } from '../../src/contracts/roles';
import { db } from '../../src/server/cloud';
import { userIdOf } from '../../src/server/shared/ids';
import { forwarding } from './lifecycle';
import type { Caller, LocalCloud } from './local-cloud';
import { rowsOf } from './stored';

export const DONGMEN = ['n-center', 'n-chengguan', 'n-dongmen'];

export const grant = (role: RoleGrant['role'], nodeId: string, extra: Partial<RoleGrant> = {}) => ({
  role,
  nodeId,
  nodeName: nodeId,
  grantedAt: 0,
  grantedBy: 'test',
  ...extra,
});

export type Person = { openid: string; roles: ReturnType<typeof grant>[]; realName?: string; phone?: string; stationPath?: string[] };

/** Users in batches of 500 per insert; a volunteer role brings an approved registration at the station path's end. */
export async function seedUsers(people: Person[]): Promise<void> {
  const docs = people.map(({ openid, roles, realName, phone, stationPath = DONGMEN }) => ({
    _id: userIdOf(openid),
    openid,
    nickname: realName ?? openid,
    roles,
    ...(roles.some((r) => r.role === 'volunteer')
      ? {
          volunteer: {
            realName: realName ?? '李志愿',
            phone: phone ?? '13700000000',
            stationId: stationPath[stationPath.length - 1],
            stationName: '东门社区新时代文明实践站',
            stationPath,
            skills: [],
            status: 'approved',
            registeredAt: 0,
          },
        }
      : {}),
    createdAt: 0,
    updatedAt: 0,
  }));
  for (let i = 0; i < docs.length; i += 500)
    await db()
      .collection(COLLECTIONS.users)
      .add({ data: docs.slice(i, i + 500) });
}

/** Staff of `nodeId` (`extra`: e.g. the proxy right). */
export const staffAt = (openid: string, nodeId: string, extra: Partial<RoleGrant> = {}) =>
  seedUsers([{ openid, roles: [grant('staff', nodeId, extra)] }]);

/** The inbox messages of a user (of one kind). */
export const inboxOf = (openid: string, kind?: string) =>
  rowsOf<{ kind: string; title: string; body: string; link?: string }>(COLLECTIONS.messages, {
    userId: userIdOf(openid),
    ...(kind ? { kind } : {}),
  });

/**
 * A caller signed in before the file's tests (after `setUp`, e.g. writing the user), usable from the file's
 * top: each property is read from the signed-in caller when used.
 */
export function useCaller(cloud: LocalCloud, openid: string, setUp?: () => Promise<unknown>): Caller {
  let signedIn: Caller | undefined;
  beforeAll(async () => {
    await setUp?.();
    signedIn = await cloud.as(openid);
  });
  const now = () => {
    if (!signedIn) throw new Error(`${openid} signs in in beforeAll — use it inside tests or hooks`);
    return signedIn;
  };
  return forwarding(now, ['openid', 'token', 'call', 'ok']);
}
