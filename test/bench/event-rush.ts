/**
 * The sign-up rush: 2,000 different volunteers sign up for one 50-seat slot at the same moment, through the
 * gateway as the H5 app calls it (every call issued before the first answer; at most 256 keep-alive
 * connections, as a crowd of phones reaches WeChat's gateway). Prints seats taken, the waitlist, duplicates,
 * calls/s and latency; beside it the bare wx-server-sdk call rate measured in the same run, the bound that
 * rate implies for a sign-up (rate ÷ database calls per sign-up, counted by the emulator), the ratio to it,
 * and the latency at 200 concurrent callers. Prints; asserts nothing.
 *   npx tsx test/bench/event-rush.ts        (also part of `npm run bench`)
 */
import { COLLECTIONS } from '../../src/contracts/collections';
import { db } from '../../src/server/cloud';
import { startLocalCloud, type LocalCloud } from '../helpers/local-cloud';
import { crowd, eventInput, slot, volunteers } from '../integration/event/fixtures';
import { table } from './table';

const VOLUNTEERS = 2_000;
const SEATS = 50;
const BARE_CALLS = 3_000;
const CONCURRENT = 200;

type Answer = { ok: boolean; code?: string; data?: { status: 'confirmed' | 'waiting'; position?: number } };
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const f1 = (n: number) => n.toFixed(1);
const ms = () => Number(process.hrtime.bigint()) / 1e6;

/** The emulator's count of database calls since the last reset (reads, writes, counts, aggregates, transactions). */
async function dbCalls(cloud: LocalCloud): Promise<number> {
  const stats = await cloud.stats();
  return Object.values(stats).reduce((n, s) => n + Object.values(s).reduce((m, v) => m + v, 0), 0);
}

/** The bare SDK: `BARE_CALLS` one-document reads by 200 callers at once, from this process. */
async function bareRate(eventId: string): Promise<number> {
  const coll = db().collection(COLLECTIONS.events);
  let next = 0;
  const t0 = ms();
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (next++ < BARE_CALLS) await coll.where({ _id: eventId }).limit(1).get();
    }),
  );
  return BARE_CALLS / ((ms() - t0) / 1000);
}

async function signUps(cloud: LocalCloud, tokens: string[], eventId: string, slotId: string, concurrency: number | 'all') {
  const pool = crowd(cloud.gateway.url, concurrency === 'all' ? 256 : concurrency);
  const latency: number[] = [];
  const answers: Answer[] = new Array(tokens.length);
  let next = 0;
  const one = async (i: number) => {
    const t = ms();
    answers[i] = await pool.call(tokens[i], 'event', 'signUp', { eventId, slotId });
    latency.push(ms() - t);
  };
  const t0 = ms();
  if (concurrency === 'all') await Promise.all(tokens.map((_, i) => one(i)));
  else
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < tokens.length) await one(next++);
      }),
    );
  const seconds = (ms() - t0) / 1000;
  pool.close();
  latency.sort((a, b) => a - b);
  return { answers, seconds, latency };
}

async function outcome(slotId: string, answers: Answer[]) {
  const c = db().command;
  const places = db().collection(COLLECTIONS.eventSignups);
  const active = (await places.where({ slotId, status: c.in(['confirmed', 'waiting']) }).count()) as { total: number };
  const seats = (await places.where({ slotId, status: 'confirmed' }).count()) as { total: number };
  const positions = answers.filter((a) => a.ok && a.data!.status === 'waiting').map((a) => a.data!.position!);
  const distinct = new Set(positions);
  const gapless = positions.length === distinct.size && [...distinct].every((p) => p >= 1 && p <= positions.length);
  return {
    seats: seats.total,
    waiting: active.total - seats.total,
    duplicates: answers.filter((a) => a.ok).length - active.total,
    refused: answers.filter((a) => !a.ok).length,
    gapless,
  };
}

export async function eventRushBench(): Promise<void> {
  console.log(`\n## event sign-up rush (${VOLUNTEERS.toLocaleString('en')} volunteers, one ${SEATS}-seat slot, through the gateway)\n`);
  const cloud = await startLocalCloud();
  try {
    const openids = Array.from({ length: VOLUNTEERS }, (_, i) => `bench-rush-${i}`);
    await volunteers(openids);
    const tokens: string[] = [];
    for (let i = 0; i < openids.length; i += 200)
      tokens.push(...(await Promise.all(openids.slice(i, i + 200).map(async (o) => (await cloud.as(o)).token))));
    const leader = await cloud.as('demo-leader');
    // Two days apart: the same volunteers sign up for both, and one volunteer never holds two overlapping slots.
    const publish = (title: string, day: number) => leader.ok('event', 'publish', eventInput({ title }, [slot(day, 9, 3, SEATS)]));
    const rush = await publish('热门活动抢报名', 3);
    const calm = await publish('两百人同时在线报名', 5);

    const bare = await bareRate(rush.id);
    await cloud.resetStats();
    const all = await signUps(cloud, tokens, rush.id, rush.slots[0].id, 'all');
    const calls = await dbCalls(cloud);
    const o = await outcome(rush.slots[0].id, all.answers);
    const steady = await signUps(cloud, tokens, calm.id, calm.slots[0].id, CONCURRENT);
    const o2 = await outcome(calm.slots[0].id, steady.answers);

    const perSignUp = calls / VOLUNTEERS;
    const rate = VOLUNTEERS / all.seconds;
    const bound = bare / perSignUp;
    console.log(
      table(
        ['run', '>seats', '>waitlist', '>dupl.', '>refused', 'positions', '>calls/s', '>p50 ms', '>p95 ms', '>p99 ms'],
        [
          [
            '2,000 at once',
            `${o.seats}`,
            `${o.waiting}`,
            `${o.duplicates}`,
            `${o.refused}`,
            o.gapless ? '1…n, no gap' : 'GAPS',
            f1(rate),
            f1(pct(all.latency, 50)),
            f1(pct(all.latency, 95)),
            f1(pct(all.latency, 99)),
          ],
          [
            `${CONCURRENT} concurrent`,
            `${o2.seats}`,
            `${o2.waiting}`,
            `${o2.duplicates}`,
            `${o2.refused}`,
            o2.gapless ? '1…n, no gap' : 'GAPS',
            f1(VOLUNTEERS / steady.seconds),
            f1(pct(steady.latency, 50)),
            f1(pct(steady.latency, 95)),
            f1(pct(steady.latency, 99)),
          ],
        ],
      ),
    );
    console.log(`\nbare wx-server-sdk (${BARE_CALLS} one-document reads, ${CONCURRENT} at once, this process): ${f1(bare)} calls/s`);
    console.log(`database calls per sign-up in the rush (emulator's count, inbox and write budget included): ${perSignUp.toFixed(2)}`);
    console.log(
      `bound implied: ${f1(bare)} ÷ ${perSignUp.toFixed(2)} = ${f1(bound)} sign-ups/s; measured ${f1(rate)} → ratio ${(rate / bound).toFixed(2)} (goal ≥ 0.8)`,
    );
    console.log(`p99 at ${CONCURRENT} concurrent callers: ${f1(pct(steady.latency, 99))} ms (goal ≤ 1,000 ms)`);
  } finally {
    await cloud.close();
  }
}

if (require.main === module) {
  eventRushBench().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
