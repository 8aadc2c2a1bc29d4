import * as z from 'zod';
import { defineAction, type Action } from '../router';
import type { Schedule } from './job';
import { jobsFor } from './registry';
import { runJobs } from './run';
import { schedulesDueAt } from './schedules';

/** A trigger's event carries when it fired (`Time`, ISO); ./router.ts hands it over as `firedAt`. */
const TriggerInput = z.object({ firedAt: z.string().max(40).optional() });

async function report(schedules: Schedule[], now: number) {
  return { at: now, schedules, jobs: await runJobs(jobsFor(schedules), now) };
}

/**
 * Trigger `tick` (config.json, every 5 minutes): runs the schedules due at the time it fired — the
 * every-5-minutes jobs always, the hourly ones on the first tick of an hour. Idempotent.
 */
export const tick = defineAction({
  caller: 'system',
  input: TriggerInput,
  async handle(input, ctx) {
    const fired = input.firedAt ? Date.parse(input.firedAt) : NaN;
    return report(schedulesDueAt(Number.isFinite(fired) ? fired : ctx.now), ctx.now);
  },
});

/** One schedule's jobs on demand (a console test run, the benchmark): no user may call it. */
const runSchedule = (schedule: Schedule): Action =>
  defineAction({ caller: 'system', input: z.object({}), handle: (_input, ctx) => report([schedule], ctx.now) });

export const hourly = runSchedule('hourly');
export const every5Minutes = runSchedule('every5Minutes');
