/**
 * Attendance's database calls (docs/attendance.md "Cost"): a check-in by code and by location, the live code,
 * a check-out, the organisers' sheet, and confirming a 50-volunteer roster (with its transactions and wall
 * time on this machine), then confirming it again, the records, the sheet and a verification. Each row is
 * one call measured on its own by the emulator's counts. Prints; asserts nothing.
 *   npx tsx test/bench/attendance.ts        (also part of `npm run bench`)
 */
import { signedRequest } from '../helpers/emulator';
import { startLocalCloud, type Caller, type LocalCloud } from '../helpers/local-cloud';
import { callersFor, eventInput, H, MIN, slot, volunteers } from '../integration/event/fixtures';
import { table } from './table';
import { runWhenMain } from './main';

const ROSTER = 50;
const SQUARE = { lat: 26.7325, lng: 110.6402 };

type Ops = Record<string, number>;
type Row = string[];

async function measured(cloud: LocalCloud, label: string, run: () => Promise<{ ok: boolean; code?: string }>): Promise<Row> {
  await cloud.resetStats();
  const t0 = performance.now();
  const res = await run();
  const elapsed = performance.now() - t0;
  const per = (await cloud.stats()) as Record<string, Ops>;
  const tx = (await (
    await signedRequest(`${cloud.gateway.emulatorUrl}/__stats/transactions`, { credentials: cloud.gateway.emulatorCredentials })
  ).json()) as Ops;
  const sum = (kinds: string[]) => Object.values(per).reduce((n, o) => n + kinds.reduce((m, k) => m + (o[k] ?? 0), 0), 0);
  const short: Record<string, string> = { read: 'r', insert: 'i', update: 'u', remove: 'd', count: 'c', aggregate: 'a' };
  const detail = Object.entries(per)
    .map(
      ([name, o]) =>
        `${name} ${Object.entries(short)
          .filter(([k]) => o[k])
          .map(([k, s]) => `${s}${o[k]}`)
          .join(' ')}`,
    )
    .filter((s) => /\d/.test(s))
    .join('; ');
  const reads = sum(['read', 'count', 'aggregate']);
  const writes = sum(['insert', 'update', 'remove']);
  const txs = (tx.start ?? 0) + (tx.commit ?? 0);
  return [
    label,
    res.ok ? 'ok' : (res.code ?? 'failed'),
    `${reads}`,
    `${writes}`,
    `${tx.start ?? 0}/${tx.commit ?? 0}/${tx.conflict ?? 0}`,
    `${reads + writes + txs}`,
    elapsed.toFixed(0),
    detail,
  ];
}

export async function attendanceBench(): Promise<void> {
  console.log(`\n## attendance: database calls per action (confirm: a ${ROSTER}-volunteer roster)\n`);
  const cloud = await startLocalCloud();
  try {
    const ids = Array.from({ length: ROSTER }, (_, i) => `bench-att${i}`);
    await volunteers(ids);
    const leader = await cloud.as('demo-leader');
    const crowd: Caller[] = await callersFor(cloud, ids);
    const s = slot(1, 9, 2, ROSTER);
    const ev = await leader.ok('event', 'publish', eventInput({}, [s]));
    const slotId = ev.slots[0].id as string;
    for (let i = 0; i < crowd.length; i += 25)
      await Promise.all(crowd.slice(i, i + 25).map((c) => c.ok('event', 'signUp', { eventId: ev.id, slotId })));
    const at = (now: number) => ({ now });
    const rows: Row[] = [];
    const live = await leader.ok('event', 'liveCode', { slotId }, at(s.start)); // warms the secret and the settings
    rows.push(await measured(cloud, 'liveCode (队长签到码)', () => leader.call('event', 'liveCode', { slotId }, at(s.start))));
    rows.push(
      await measured(cloud, 'checkIn by code', () => crowd[0].call('event', 'checkIn', { slotId, code: live.token }, at(s.start + 1000))),
    );
    rows.push(
      await measured(cloud, 'checkIn by location', () =>
        crowd[1].call('event', 'checkIn', { slotId, location: SQUARE }, at(s.start + 2000)),
      ),
    );
    rows.push(
      await measured(cloud, 'checkIn refused (replayed)', () =>
        crowd[0].call('event', 'checkIn', { slotId, code: live.token }, at(s.start + 3000)),
      ),
    );
    await Promise.all(crowd.slice(2).map((c) => c.ok('event', 'checkIn', { slotId, location: SQUARE }, at(s.start + 5 * MIN))));
    rows.push(
      await measured(cloud, 'checkOut by location', () => crowd[0].call('event', 'checkOut', { slotId, location: SQUARE }, at(s.end))),
    );
    await Promise.all(crowd.slice(1).map((c) => c.ok('event', 'checkOut', { slotId, location: SQUARE }, at(s.end + MIN))));
    const signUpId = (await crowd[2].ok('event', 'myAttendance', { slotId }, at(s.end))).signUpId;
    rows.push(await measured(cloud, 'mark (迟到)', () => leader.call('event', 'mark', { signUpId, mark: '迟到' }, at(s.end + 2 * MIN))));
    rows.push(
      await measured(cloud, 'attendance (50 seats, one page)', () =>
        leader.call('event', 'attendance', { slotId, limit: 50 }, at(s.end + 3 * MIN)),
      ),
    );
    rows.push(await measured(cloud, `confirm (${ROSTER} volunteers)`, () => leader.call('event', 'confirm', { slotId }, at(s.end + H))));
    rows.push(
      await measured(cloud, 'confirm again (all confirmed)', () => leader.call('event', 'confirm', { slotId }, at(s.end + H + MIN))),
    );
    rows.push(await measured(cloud, 'myRecords', () => crowd[0].call('event', 'myRecords', {})));
    const sheet = await crowd[0].ok('event', 'recordSheet', {});
    rows.push(await measured(cloud, 'recordSheet', () => crowd[0].call('event', 'recordSheet', {})));
    rows.push(await measured(cloud, 'verify', () => leader.call('event', 'verify', { number: sheet.number })));
    console.log(table(['action', 'answer', '>reads', '>writes', '>tx s/c/x', '>calls', '>ms', 'per collection'], rows));
    console.log('calls = reads + writes + transaction starts and commits; tx s/c/x = transactions started / committed / conflicted.');
  } finally {
    await cloud.close();
  }
}

runWhenMain(module, attendanceBench);
