import * as z from 'zod';
import { defineAction } from '../router';
import { drain, type Job, type JobResult } from './batch';
import { autoConfirmWishes } from './wish-auto-confirm';
import { expireWishes } from './wish-expire';
import { lapseClaims } from './wish-lapse';

/** Leaves room inside the default 3 s function timeout; whatever is left waits for the next hour. */
const BUDGET_MS = 2_400;

/** The jobs of the hourly trigger, in order. Other domains add theirs here. */
const JOBS: ((now: number) => Job<any>)[] = [lapseClaims, autoConfirmWishes, expireWishes];

/** Trigger `hourly` (config.json): runs every job until done or out of time. Idempotent. */
export const hourly = defineAction({
  caller: 'system',
  input: z.object({}),
  async handle(_input, ctx) {
    const deadline = Date.now() + BUDGET_MS;
    const results: Record<string, JobResult> = {};
    for (const make of JOBS) {
      const job = make(ctx.now);
      results[job.name] = await drain(job, deadline);
    }
    return { at: ctx.now, results };
  },
});
