/**
 * The job registry and its runner: each job's own budget, the time left over, a failing job, and the
 * registered jobs' budgets fitting one invocation. Fake jobs, no database.
 */
import type { TimerJob } from '@/server/timer/job';
import { checkJobs, jobsFor, TIMER_JOBS } from '@/server/timer/registry';
import { INVOCATION_BUDGET_MS, runJobs } from '@/server/timer/run';
import { schedulesDueAt } from '@/server/timer/schedules';
import { TOP_OF_HOUR_JOBS } from './job-order';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A job with endless work: 10 ms per item until its deadline. */
function endless(name: string, budgetMs: number): TimerJob & { calls: number } {
  const job = {
    name,
    schedule: 'hourly' as const,
    budgetMs,
    calls: 0,
    async run(_now: number, budget: { deadline: number }) {
      job.calls++;
      let done = 0;
      while (Date.now() < budget.deadline) {
        await sleep(10);
        done++;
      }
      return { done, more: true };
    },
  };
  return job;
}

/** A job with `n` items due, 1 ms each. */
function quick(name: string, n: number, budgetMs = 200): TimerJob {
  return {
    name,
    schedule: 'hourly',
    budgetMs,
    async run() {
      await sleep(n);
      return { done: n, more: false };
    },
  };
}

describe('runJobs', () => {
  it('stops a job with endless work at its budget, then runs the others, and gives it the time they leave', async () => {
    const hog = endless('hog', 300);
    const started = Date.now();
    const report = await runJobs([hog, quick('a', 3), quick('b', 5)], 0, 1_000);
    const took = Date.now() - started;
    expect(report.a).toEqual({ done: 3, more: false, ms: expect.any(Number) });
    expect(report.b).toEqual({ done: 5, more: false, ms: expect.any(Number) });
    // First pass 300 ms, then the ~990 ms a and b left over: two calls, still more to do, inside 1 s.
    expect(hog.calls).toBe(2);
    expect(report.hog.more).toBe(true);
    expect(report.hog.ms).toBeGreaterThan(700);
    expect(took).toBeLessThan(1_200);
  }, 20_000);

  it('gives each of two jobs with endless work its own budget: the second is not starved by the first', async () => {
    const [one, two] = [endless('one', 200), endless('two', 200)];
    const report = await runJobs([one, two], 0, 400);
    expect(report.one.ms).toBeGreaterThanOrEqual(190);
    expect(report.two.ms).toBeGreaterThanOrEqual(150);
    expect(report.two.done).toBeGreaterThan(5);
  }, 20_000);

  it('reports a job that throws and still runs the next one', async () => {
    const broken: TimerJob = { name: 'broken', schedule: 'hourly', budgetMs: 100, run: () => Promise.reject(new Error('read refused')) };
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const report = await runJobs([broken, quick('after', 2)], 0, 500);
    errors.mockRestore();
    expect(report.broken).toMatchObject({ done: 0, more: true });
    expect(report.after).toMatchObject({ done: 2, more: false });
  });
});

describe('the registry', () => {
  it('holds the wish jobs, hourly, whose budgets together fit one invocation', () => {
    expect(TIMER_JOBS.map((j) => [j.name, j.schedule])).toEqual([
      ['wishLapse', 'hourly'],
      ['wishAutoConfirm', 'hourly'],
      ['wishExpire', 'hourly'],
      ['marketImageTimeout', 'every5Minutes'],
      ['eventReminders', 'hourly'],
      ['eventDrops', 'every5Minutes'],
      ['orderRelease', 'every5Minutes'],
    ]);
    expect(TIMER_JOBS.reduce((sum, j) => sum + j.budgetMs, 0)).toBeLessThanOrEqual(INVOCATION_BUDGET_MS);
    expect(INVOCATION_BUDGET_MS).toBeLessThan(3_000); // the function's default timeout
    expect(jobsFor(['every5Minutes']).map((j) => j.name)).toEqual(['marketImageTimeout', 'eventDrops', 'orderRelease']);
    expect(jobsFor(['every5Minutes', 'hourly']).map((j) => j.name)).toEqual(TOP_OF_HOUR_JOBS);
  });

  it('refuses two jobs of one name, an unknown schedule and budgets over one invocation', () => {
    expect(() => checkJobs([quick('x', 1), quick('x', 1)])).toThrow(/two jobs are named x/);
    expect(() => checkJobs([{ ...quick('x', 1), schedule: 'daily' as never }])).toThrow(/unknown schedule/);
    expect(() => checkJobs([quick('x', 1, 1_500), quick('y', 1, 1_000)])).toThrow(/2500 ms/);
    expect(() => checkJobs([quick('x', 1, 1_400), quick('y', 1, 1_000)])).not.toThrow();
  });
});

describe('schedulesDueAt', () => {
  const at = (h: number, m: number, s = 0) => Date.UTC(2026, 4, 1, h - 8, m, s); // China time h:m:s
  it.each([
    [at(10, 0), ['every5Minutes', 'hourly']],
    [at(10, 0, 2), ['every5Minutes', 'hourly']],
    [at(10, 4, 59), ['every5Minutes', 'hourly']],
    [at(10, 5), ['every5Minutes']],
    [at(10, 55), ['every5Minutes']],
    [at(0, 0), ['every5Minutes', 'hourly']],
  ])('%p → %p', (firedAt, expected) => expect(schedulesDueAt(firedAt)).toEqual(expected));
});
