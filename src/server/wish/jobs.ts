/**
 * The wish domain's timer jobs (registered in src/server/timer/registry.ts). Each walks the wishes its
 * event may move (WISH_MACHINE) by (time field, _id) and fires the event on each with one conditional write
 * that takes it out of the query, so a run stopped by its budget resumes on the next run and two
 * overlapping runs change a wish once. Notices are queued per item and go out after its write.
 */
import { dueBefore, WISH_MACHINE } from '../../core/wish';
import { AppError } from '../errors';
import { dueJob } from '../timer/due-job';
import type { TimerJob } from '../timer/job';
import type { NoticeQueue } from '../timer/notices';
import { confirmWish } from './confirmation';
import { wishNotices } from './notices';
import { claimCleared, dueWishes, inc, ownerSlotFreed, transition, type WishDoc } from './repo';

const TIMER_ACTOR = 'timer';

/**
 * Hourly, 500 ms each (1,500 of the invocation's 2,400 ms, leaving 900 ms for the events and market jobs).
 * Locally a lapse (a write, an inbox insert, a subscribe send) runs at ~190 a second, 10 at a time, so a
 * backlog drains at ~100 per job per hour at worst and ~450 when the other jobs are idle and leave their time.
 */
const BUDGET_MS = 500;

type TimerEvent = 'lapse' | 'autoConfirm' | 'expire';

/** The time each timer event counts from: a wish is due once that time is older than dueBefore(now) says. */
const DUE_FROM = { lapse: 'claimedAt', autoConfirm: 'fulfilledAt', expire: 'openedAt' } as const satisfies Record<
  TimerEvent,
  keyof WishDoc
>;

/** The job that fires `event` on every due wish; its name is `wish` + the event (`wishLapse`). */
function wishJob(event: TimerEvent, handle: (now: number, w: WishDoc, notify: NoticeQueue) => Promise<boolean>): TimerJob {
  const field = DUE_FROM[event];
  return dueJob<WishDoc>({
    name: `wish${event[0].toUpperCase()}${event.slice(1)}`,
    schedule: 'hourly',
    budgetMs: BUDGET_MS,
    field,
    due: (now, after, limit) => dueWishes(event, field, dueBefore(now)[event], after, limit),
    handle,
  });
}

/** Claims not fulfilled within 7 days lapse: the wish returns to the pool, the claimer's slot frees, both are told. */
const wishLapse = wishJob('lapse', async (now, w, notify) => {
  const patch = { ...claimCleared(w._id), lapseCount: inc(1), updatedAt: now };
  if (!(await transition(w._id, 'lapse', { claimerId: w.claimerId, claimedAt: w.claimedAt }, patch))) return false;
  notify(
    ...wishNotices(now, w, [
      { userId: w.ownerId, notice: 'lapsed.owner' },
      { userId: w.claimerId, notice: 'lapsed.claimer' },
    ]),
  );
  return true;
});

/** Fulfilled wishes nobody confirmed within 7 days confirm themselves, unrated; the claimer gets the points. */
const wishAutoConfirm = wishJob('autoConfirm', async (now, due, notify) => {
  try {
    await confirmWish(due._id, 'autoConfirm', {
      actorId: TIMER_ACTOR,
      now,
      notify,
      // Fulfilled again since we listed it (released, re-claimed, re-fulfilled): not due any more.
      check: (w) => {
        if (w.fulfilledAt !== due.fulfilledAt) throw new AppError('WISH_NOT_FULFILLED');
      },
      patch: () => ({ autoConfirmed: true }),
    });
    return true;
  } catch (err) {
    if (err instanceof AppError) return false;
    throw err;
  }
});

/** Open wishes 60 days after approval expire; the resident's slot frees and they are told. */
const wishExpire = wishJob('expire', async (now, w, notify) => {
  const patch = { expiredAt: now, ...ownerSlotFreed(w._id), updatedAt: now };
  if (!(await transition(w._id, 'expire', { openedAt: w.openedAt }, patch))) return false;
  notify(...wishNotices(now, { ...w, ...patch, status: WISH_MACHINE.transitions.expire.to }, [{ userId: w.ownerId, notice: 'expired' }]));
  return true;
});

export const WISH_JOBS: readonly TimerJob[] = [wishLapse, wishAutoConfirm, wishExpire];
