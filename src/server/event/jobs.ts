/**
 * The event domain's timer jobs (registered in src/server/timer/registry.ts; docs/jobs.md). Each walks what
 * is due by (time field, _id) and handles an item with one conditional write that takes it out of the query,
 * so a run stopped by its budget resumes on the next and two overlapping runs handle an item once; the
 * item's notice goes out only after its write changed it.
 */
import { remindWindow } from '../../core/event';
import { drain } from '../timer/batch';
import type { TimerJob } from '../timer/job';
import { withNotices } from '../timer/notices';
import { eventNotice } from './notices';
import { recentlyCancelled } from './repo';
import { dropActive, dueReminders, markOnce, untoldDrops, type SignUpDoc } from './signups-repo';

const HOUR = 3600_000;
/** A sign-up still on its way when its slot was cancelled lands within seconds; an hour is plenty. */
const LATE_SIGNUP_MS = HOUR;

/**
 * The 24 h reminder, hourly, 300 ms: seats whose reminder fell due in the last 24 h and has not gone out.
 * "Exactly once per seat" is the conditional mark `remindedAt` (absent → now): only the run whose write
 * changed the place sends it, however many runs overlap. Locally a reminder (a write, an inbox insert, a
 * subscribe send) runs at ~200 a second, 10 at a time: a 1,000-seat slot is reminded within the hour.
 */
const eventReminders: TimerJob = {
  name: 'eventReminders',
  schedule: 'hourly',
  budgetMs: 300,
  run: (now, budget) =>
    drain(
      {
        fetch: (after, limit) => dueReminders(remindWindow(now), after, limit),
        cursorOf: (p: SignUpDoc) => ({ at: p.remindAt as number, id: p._id }),
        handle: (p) =>
          withNotices(now, async (notify) => {
            if (!(await markOnce(p._id, 'confirmed', 'remindedAt', now))) return false;
            notify(eventNotice(p, 'reminder'));
            return true;
          }),
      },
      budget,
    ),
};

/**
 * Cancelled events and slots, every 5 minutes, 200 ms: first the events cancelled in the last hour have
 * their cancelled slots' places dropped again (one write each; it finds the sign-ups that were still on
 * their way at the cancel), then every dropped place whose volunteer was not told yet is told, once
 * (conditional mark `toldAt`). A cancel tells its first 100 itself; this tells the rest within minutes.
 */
const eventDrops: TimerJob = {
  name: 'eventDrops',
  schedule: 'every5Minutes',
  budgetMs: 200,
  async run(now, budget) {
    for (const ev of await recentlyCancelled(now - LATE_SIGNUP_MS, 20)) {
      if (Date.now() >= budget.deadline) return { done: 0, more: true };
      for (const s of ev.slots) {
        if (ev.status === 'cancelled' || s.status === 'cancelled')
          await dropActive(ev._id, [s.id], now, s.cancelReason ?? ev.cancelReason ?? '');
      }
    }
    return drain(
      {
        fetch: (after, limit) => untoldDrops(undefined, after, limit),
        cursorOf: (p: SignUpDoc) => ({ at: p.droppedAt as number, id: p._id }),
        handle: (p) =>
          withNotices(now, async (notify) => {
            if (!(await markOnce(p._id, 'dropped', 'toldAt', now))) return false;
            notify(eventNotice(p, 'cancelled', { reason: p.endReason }));
            return true;
          }),
      },
      budget,
    );
  },
};

export const EVENT_JOBS: readonly TimerJob[] = [eventReminders, eventDrops];
