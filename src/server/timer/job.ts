/**
 * What a domain registers with the timer (src/server/<domain>/jobs.ts; listed in ./registry.ts).
 * docs/jobs.md explains budgets, schedules and resumability.
 */

/**
 * How often a job runs. The `timer` function has one trigger (WeChat allows one per function), every
 * 5 minutes; `hourly` jobs run on the first tick of each hour (./schedules.ts).
 */
export type Schedule = 'every5Minutes' | 'hourly';

/** A job's share of one invocation: it starts nothing new once `deadline` (wall-clock ms) has passed. */
export type Budget = { deadline: number };

/** What one run did: `done` items changed; `more` when it stopped for time before the end of what is due. */
export type JobOutcome = { done: number; more: boolean };

export type TimerJob = {
  /** Unique across domains, lowerCamel (`wishLapse`): the key of the timer's report. */
  name: string;
  schedule: Schedule;
  /** Wall-clock time it may use per invocation; the registry keeps the sum inside the function's timeout. */
  budgetMs: number;
  /**
   * Processes what is due at `now` until done or past `budget.deadline`. Must resume by itself on the next
   * run (handled items leave its query) and change each item with one conditional write, since two runs may
   * overlap. May be called a second time in one invocation with time others left over.
   */
  run(now: number, budget: Budget): Promise<JobOutcome>;
};

/** One job's line in the timer's answer: `{ jobs: { wishLapse: { done, more, ms } } }`. */
export type JobReport = JobOutcome & { ms: number };
