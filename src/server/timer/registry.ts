import { EVENT_JOBS } from '../event/jobs';
import { MARKET_JOBS } from '../market/jobs';
import { ORDER_JOBS } from '../order/jobs';
import { WISH_JOBS } from '../wish/jobs';
import type { Schedule, TimerJob } from './job';
import { INVOCATION_BUDGET_MS } from './run';
import { SCHEDULES } from './schedules';

/** Every domain's jobs. A new domain adds its list here (docs/jobs.md). */
export const TIMER_JOBS: readonly TimerJob[] = [...WISH_JOBS, ...MARKET_JOBS, ...EVENT_JOBS, ...ORDER_JOBS];

/**
 * Refuses a registry the timer could not honour: a name twice (the report would merge them), an unknown
 * schedule, or budgets that together exceed one invocation (the first tick of an hour runs every job).
 */
export function checkJobs(jobs: readonly TimerJob[]): void {
  const names = new Set<string>();
  for (const j of jobs) {
    if (names.has(j.name)) throw new Error(`timer: two jobs are named ${j.name}`);
    names.add(j.name);
    if (!SCHEDULES.includes(j.schedule)) throw new Error(`timer: ${j.name} has an unknown schedule ${j.schedule}`);
    if (!(j.budgetMs > 0)) throw new Error(`timer: ${j.name} needs a positive budgetMs`);
  }
  const total = jobs.reduce((sum, j) => sum + j.budgetMs, 0);
  if (total > INVOCATION_BUDGET_MS) throw new Error(`timer: the jobs ask for ${total} ms, one invocation has ${INVOCATION_BUDGET_MS} ms`);
}
checkJobs(TIMER_JOBS);

/** The jobs of `schedules`, in schedule order, then in registry order. */
export function jobsFor(schedules: readonly Schedule[]): TimerJob[] {
  return SCHEDULES.filter((s) => schedules.includes(s)).flatMap((s) => TIMER_JOBS.filter((j) => j.schedule === s));
}
