import { notify, type NotifyMessage } from '../inbox/notify';

/** Where a timer item queues its notices (what `ctx.notify` is to a use case). */
export type NoticeQueue = (...messages: NotifyMessage[]) => void;

/**
 * Handles one due item with the semantics the router gives a use case: the notices `work` queues go out
 * after it answered true (its conditional write changed the item), none when it threw or changed nothing
 * (another run got there first). Answers what `work` answered; notify() logs its own failures.
 */
export async function withNotices(now: number, work: (queue: NoticeQueue) => Promise<boolean>): Promise<boolean> {
  const queued: NotifyMessage[] = [];
  const changed = await work((...messages) => void queued.push(...messages));
  if (changed && queued.length) await notify(now, queued);
  return changed;
}
