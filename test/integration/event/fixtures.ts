/** Shared set-up for the event tests: times, an event input, people written straight into the store, reads of what is stored. */
import http from 'node:http';
import { COLLECTIONS } from '@/contracts/collections';
import type { EventInputOf } from '@/contracts/event.schema';
import type { RoleGrant } from '@/contracts/roles';
import { chinaDay, chinaDayStart } from '@/core/event';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import type { Caller, LocalCloud } from '../../helpers/local-cloud';
import { rowsOf } from '../../helpers/stored';

export { rowsOf };
export const MIN = 60_000;
export const H = 60 * MIN;
export const DAY = 24 * H;
export const DONGMEN = ['n-center', 'n-chengguan', 'n-dongmen'];
export const LONGXICUN = ['n-center', 'n-longxi', 'n-longxicun'];

/** `hour`:`minute` China time, `days` days after today (China time). */
export const dayAt = (days: number, hour: number, minute = 0, now = Date.now()): number =>
  chinaDayStart(chinaDay(now) + days) + hour * H + minute * MIN;

export type SlotSpec = { start: number; end: number; capacity: number };
export const slot = (days: number, hour: number, hours: number, capacity: number): SlotSpec => ({
  start: dayAt(days, hour),
  end: dayAt(days, hour) + hours * H,
  capacity,
});

/** An event at 东门 whose sign-up is open now and closes when its last slot starts. */
export function eventInput(over: Partial<EventInputOf<'publish'>> = {}, slots: SlotSpec[] = [slot(3, 9, 2, 30)]): EventInputOf<'publish'> {
  return {
    title: '社区垃圾分类宣传',
    category: '文明引导',
    description: '在东门社区广场向居民讲解垃圾分类，发放宣传资料。',
    stationId: 'n-dongmen',
    address: '东门社区广场',
    location: { lat: 26.7325, lng: 110.6402 },
    signUpOpensAt: Date.now() - H,
    signUpClosesAt: Math.max(...slots.map((s) => s.start)),
    slots,
    ...over,
  };
}

const grant = (role: RoleGrant['role'], nodeId: string, extra: Partial<RoleGrant> = {}) => ({
  role,
  nodeId,
  nodeName: nodeId,
  grantedAt: 0,
  grantedBy: 'test',
  ...extra,
});

type Person = { openid: string; roles: ReturnType<typeof grant>[]; realName?: string; phone?: string; stationPath?: string[] };

/** Users written straight into the store (as the seed does), in batches of 500 per insert. */
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

export const volunteers = (openids: string[], phone = '13700000000') =>
  seedUsers(openids.map((openid, i) => ({ openid, roles: [grant('volunteer', 'n-dongmen')], realName: `志愿者${i + 1}`, phone })));
export const leaderOf = (openid: string, teamId: string, stationId: string, stationPath: string[]) =>
  seedUsers([{ openid, roles: [grant('volunteer', stationId), grant('leader', stationId, { teamId })], realName: '赵队长', stationPath }]);
export const staffAt = (openid: string, nodeId: string) => seedUsers([{ openid, roles: [grant('staff', nodeId)] }]);

/** Signs in many callers, 100 at a time. */
export async function callersFor(cloud: LocalCloud, openids: string[]): Promise<Caller[]> {
  const out: Caller[] = [];
  for (let i = 0; i < openids.length; i += 100) out.push(...(await Promise.all(openids.slice(i, i + 100).map((o) => cloud.as(o)))));
  return out;
}

export const storedEvent = async (id: string) => (await rowsOf(COLLECTIONS.events, { _id: id }))[0];
export const placesOf = (where: object) => rowsOf(COLLECTIONS.eventSignups, where);
export const inboxOf = (openid: string, kind?: string) =>
  rowsOf<{ kind: string; title: string; body: string; link?: string }>(COLLECTIONS.messages, {
    userId: userIdOf(openid),
    ...(kind ? { kind } : {}),
  });

/**
 * Fires calls the way a crowd does, all at once, over at most `sockets` keep-alive connections (a phone
 * network reaches WeChat's gateway the same way; a local listen backlog of 511 resets a burst of 2,000 new
 * connections). Every call is issued before the first answer arrives; the gateway serves them as they come.
 */
export function crowd(gatewayUrl: string, sockets = 256) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const url = new URL(gatewayUrl);
  const call = (token: string, fn: string, action: string, data: unknown): Promise<any> =>
    new Promise((resolve, reject) => {
      const body = Buffer.from(JSON.stringify({ action, data }));
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: `/api/fn/${fn}`,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
}
