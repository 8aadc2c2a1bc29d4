import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { FunctionHost } from '../../../emulator/gateway/functions';
import { cronMatches, readTimerTriggers, startScheduler } from '../../../emulator/gateway/scheduler';
import { useLocalCloud } from '../../helpers/local-cloud';
import { resident, storedWish, volunteers, wishInput } from '../wish/fixtures';

const FUNCTIONS = join(__dirname, '..', '..', '..', 'cloudfunctions');
/** 2026-05-01 10:00:00 China time. */
const TEN_AM = Date.UTC(2026, 4, 1, 2, 0, 0);

describe("cronMatches (WeChat's 7 fields, China time)", () => {
  it.each([
    ['0 0 * * * * *', TEN_AM, true],
    ['0 0 * * * * *', TEN_AM + 1000, false],
    ['0 0 * * * * *', TEN_AM + 60_000, false],
    ['0 0 10 * * * *', TEN_AM, true],
    ['0 0 2 * * * *', TEN_AM, false],
    ['*/15 * * * * * *', TEN_AM + 45_000, true],
    ['*/15 * * * * * *', TEN_AM + 44_000, false],
    ['0 0,30 9-11 1 MAY FRI 2026', TEN_AM, true],
    ['0 0 10 * * SAT *', TEN_AM, false],
    ['0 0 10 * * 5 *', TEN_AM, true],
    ['0 0 0 * * 7 *', Date.UTC(2026, 4, 2, 16), true], // Sunday 00:00 China time
  ])('%s at %p → %p', (cron, at, expected) => expect(cronMatches(cron, new Date(at))).toBe(expected));

  it('refuses an expression WeChat would not take', () => {
    expect(() => cronMatches('0 0 * * *', new Date())).toThrow(/7 fields/);
    expect(() => cronMatches('0 0 * * * FOO *', new Date())).toThrow(/bad value/);
  });
});

describe('the local scheduler', () => {
  it("reads the timer function's one trigger, every 5 minutes, from its config.json", () => {
    expect(readTimerTriggers(FUNCTIONS).filter((t) => t.fn === 'timer')).toEqual([{ fn: 'timer', name: 'tick', cron: '0 */5 * * * * *' }]);
  });

  it('refuses a function with more than one trigger, as WeChat does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-sched-'));
    mkdirSync(join(dir, 'two'));
    const trigger = (name: string) => ({ name, type: 'timer', config: '0 0 * * * * *' });
    writeFileSync(join(dir, 'two', 'config.json'), JSON.stringify({ triggers: [trigger('a'), trigger('b')] }));
    try {
      expect(() => readTimerTriggers(dir)).toThrow(/one trigger per function/);
      expect(() => startScheduler({ invoke: async () => undefined }, dir, { autoStart: false })).toThrow(/one trigger per function/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fires by itself each second a trigger is due, with no user and WeChat's event", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-sched-'));
    mkdirSync(join(dir, 'tick'));
    writeFileSync(
      join(dir, 'tick', 'config.json'),
      JSON.stringify({ triggers: [{ name: 'everySecond', type: 'timer', config: '* * * * * * *' }] }),
    );
    const calls: { name: string; event: any; trigger: boolean }[] = [];
    const scheduler = startScheduler(
      { invoke: async (name, event, caller) => void calls.push({ name, event, trigger: caller.trigger }) },
      dir,
    );
    await new Promise((r) => setTimeout(r, 2_100));
    scheduler.stop();
    rmSync(dir, { recursive: true, force: true });
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls[0]).toMatchObject({
      name: 'tick',
      trigger: true,
      event: { Type: 'Timer', TriggerName: 'everySecond', Time: expect.any(String) },
    });
  });

  describe('against the real timer function', () => {
    const cloud = useLocalCloud();

    it('fires every 5 minutes, and the tick at the top of the hour also lapses an old claim', async () => {
      await volunteers(['sch-v']);
      const owner = await resident(cloud, 'sch-owner');
      const w = await owner.ok('wish', 'submit', wishInput());
      const longAgo = Date.now() - 8 * 24 * 3600 * 1000;
      await db()
        .collection(COLLECTIONS.wishes)
        .where({ _id: w.id })
        .update({
          data: { status: 'claimed', openedAt: longAgo, claimerId: userIdOf('sch-v'), claimerKind: 'volunteer', claimedAt: longAgo },
        });
      const scheduler = startScheduler(new FunctionHost(FUNCTIONS), FUNCTIONS, { autoStart: false });
      const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
      const TICK = { fn: 'timer', name: 'tick', cron: '0 */5 * * * * *' };
      expect(await scheduler.tick(new Date(hour + 1000))).toEqual([]);
      expect(await scheduler.tick(new Date(hour + 4 * 60_000))).toEqual([]);

      // Five past: the every-5-minutes jobs only (none registered yet); the hourly lapse waits.
      const past = await scheduler.tick(new Date(hour + 5 * 60_000));
      expect(past).toEqual([{ trigger: TICK, answer: expect.objectContaining({ ok: true }) }]);
      expect((past[0].answer as any).data).toMatchObject({ schedules: ['every5Minutes'], jobs: {} });
      expect((await storedWish(w.id)).status).toBe('claimed');

      const fired = await scheduler.tick(new Date(hour));
      expect(fired).toEqual([{ trigger: TICK, answer: expect.objectContaining({ ok: true }) }]);
      expect((fired[0].answer as any).data.schedules).toEqual(['every5Minutes', 'hourly']);
      expect((fired[0].answer as any).data.jobs.wishLapse).toEqual({ done: 1, more: false, ms: expect.any(Number) });
      expect((await storedWish(w.id)).status).toBe('open');
      scheduler.stop();
    });
  });
});
