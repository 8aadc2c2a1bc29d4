/**
 * The market's timer jobs (registered in src/server/timer/registry.ts; docs/jobs.md).
 *
 * marketImageTimeout: WeChat delivers an image check's verdict within 30 minutes. A check still pending
 * after that goes to staff: its record becomes `timeout` in one conditional write (which takes it out of
 * the job's query, so a run stopped by its budget resumes next time and overlapping runs change it once),
 * and its photo is flagged on the listing (or wish) like a `review` verdict. A verdict that still arrives
 * later replaces the timeout.
 */
import { COLLECTIONS } from '../../contracts/collections';
import { MARKET_LIMITS } from '../../contracts/market';
import { dueAfter, updateIf, type DueCursor } from '../shared/docs';
import type { MediaCheckDoc } from '../shared/media-check';
import { dueJob } from '../timer/due-job';
import type { TimerJob } from '../timer/job';
import { applyVerdict } from './media-apply';

/** Up to `limit` checks pending since at or before `before`, strictly after `after`, by (requestedAt, _id). */
const duePending = (before: number, after: DueCursor | undefined, limit: number): Promise<MediaCheckDoc[]> =>
  dueAfter<MediaCheckDoc>(COLLECTIONS.mediaChecks, { status: 'pending' }, 'requestedAt', before, after, limit);

/**
 * Every 5 minutes (a check is at most 5 minutes late reaching staff), 200 ms: a timeout is two conditional
 * writes, so ~50 a run locally even on a busy machine; WeChat's verdicts rarely time out at all.
 */
const marketImageTimeout = dueJob<MediaCheckDoc>({
  name: 'marketImageTimeout',
  schedule: 'every5Minutes',
  budgetMs: 200,
  field: 'requestedAt',
  due: (now, after, limit) => duePending(now - MARKET_LIMITS.imageCheckTimeoutMs, after, limit),
  async handle(now, c, tell) {
    if (!(await updateIf(COLLECTIONS.mediaChecks, { _id: c._id, status: 'pending' }, { status: 'timeout', decidedAt: now }))) return false;
    if (c.target) tell(...(await applyVerdict(c, 'timeout', now)));
    return true;
  },
});

export const MARKET_JOBS: readonly TimerJob[] = [marketImageTimeout];
