import type { DueCursor } from '../shared/docs';
import { drain } from './batch';
import type { Schedule, TimerJob } from './job';
import { withNotices, type NoticeQueue } from './notices';

/**
 * The shape of a "time's up" job (a claim's lapse, an image check's timeout …): the documents due at `now`
 * (`due`, the repository's read: shared/docs dueAfter), walked in (`field`, `_id`) order batch after batch
 * (./batch.ts drain), each handled with its notices queued (./notices.ts withNotices: they go out only when
 * its write changed it). The handler's one conditional write takes the document out of the query, so a run
 * stopped by its budget resumes on the next and two overlapping runs change it once.
 */
export function dueJob<T extends { _id: string }>(job: {
  name: string;
  schedule: Schedule;
  budgetMs: number;
  field: keyof T & string;
  due: (now: number, after: DueCursor | undefined, limit: number) => Promise<T[]>;
  handle: (now: number, doc: T, notify: NoticeQueue) => Promise<boolean>;
}): TimerJob {
  const { name, schedule, budgetMs, field, due, handle } = job;
  return {
    name,
    schedule,
    budgetMs,
    run: (now, budget) =>
      drain(
        {
          fetch: (after, limit) => due(now, after, limit),
          cursorOf: (doc: T) => ({ at: doc[field] as number, id: doc._id }),
          handle: (doc) => withNotices(now, (notify) => handle(now, doc, notify)),
        },
        budget,
      ),
  };
}
