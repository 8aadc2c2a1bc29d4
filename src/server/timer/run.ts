import type { JobReport, TimerJob } from './job';

/**
 * The time one invocation spends on jobs: the function's default timeout is 3 s, less ~300 ms for a cold
 * start (requiring wx-server-sdk) and ~300 ms for the items still in flight at a deadline and the answer.
 */
export const INVOCATION_BUDGET_MS = 2_400;

async function runOne(job: TimerJob, now: number, deadline: number): Promise<JobReport> {
  const started = Date.now();
  try {
    const out = await job.run(now, { deadline });
    return { done: out.done, more: out.more, ms: Date.now() - started };
  } catch (err) {
    // One job's failure (a read refused, a bug) must not cost the others their turn.
    console.error(`[timer] job ${job.name} failed; the next run tries again`, err);
    return { done: 0, more: true, ms: Date.now() - started };
  }
}

/**
 * Runs `jobs` in order, each within its own budget, so a backlog in one cannot starve the next: a first
 * pass gives each job `budgetMs` (never past `totalMs`; the registry keeps the sum inside it), a second
 * pass gives the time the first left over to the jobs that still have work, in order.
 */
export async function runJobs(jobs: readonly TimerJob[], now: number, totalMs = INVOCATION_BUDGET_MS): Promise<Record<string, JobReport>> {
  const end = Date.now() + totalMs;
  const reports: Record<string, JobReport> = {};
  for (const job of jobs) {
    reports[job.name] = await runOne(job, now, Math.min(Date.now() + job.budgetMs, end));
  }
  for (const job of jobs) {
    if (!reports[job.name].more || Date.now() >= end) continue;
    const first = reports[job.name];
    const again = await runOne(job, now, end);
    reports[job.name] = { done: first.done + again.done, more: again.more, ms: first.ms + again.ms };
  }
  return reports;
}
