/** Shared set-up for the event tests: times, an event input, people written straight into the store, reads of what is stored. */
import http from 'node:http';
import { COLLECTIONS } from '@/contracts/collections';
import type { EventInputOf } from '@/contracts/event.schema';
import { chinaDay, chinaDayStart } from '@/core/event';
import { GARBAGE_TALK } from '../../helpers/fixtures-event';
import type { Caller, LocalCloud } from '../../helpers/local-cloud';
import { DONGMEN, grant, inboxOf, seedUsers, staffAt } from '../../helpers/people';
import { rowsOf } from '../../helpers/stored';

export { DONGMEN, inboxOf, rowsOf, seedUsers, staffAt };
export const MIN = 60_000;
export const H = 60 * MIN;
export const DAY = 24 * H;
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
    ...GARBAGE_TALK,
    description: '在东门社区广场向居民讲解垃圾分类，发放宣传资料。', // the event tests' own, longer than GARBAGE_TALK's
    signUpOpensAt: Date.now() - H,
    signUpClosesAt: Math.max(...slots.map((s) => s.start)),
    slots,
    ...over,
  };
}

export const volunteers = (openids: string[], phone = '13700000000') =>
  seedUsers(openids.map((openid, i) => ({ openid, roles: [grant('volunteer', 'n-dongmen')], realName: `志愿者${i + 1}`, phone })));
export const leaderOf = (openid: string, teamId: string, stationId: string, stationPath: string[]) =>
  seedUsers([{ openid, roles: [grant('volunteer', stationId), grant('leader', stationId, { teamId })], realName: '赵队长', stationPath }]);

/** Signs in many callers, 100 at a time. */
export async function callersFor(cloud: LocalCloud, openids: string[]): Promise<Caller[]> {
  const out: Caller[] = [];
  for (let i = 0; i < openids.length; i += 100) out.push(...(await Promise.all(openids.slice(i, i + 100).map((o) => cloud.as(o)))));
  return out;
}

export const storedEvent = async (id: string) => (await rowsOf(COLLECTIONS.events, { _id: id }))[0];
export const placesOf = (where: object) => rowsOf(COLLECTIONS.eventSignups, where);
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
