import { COLLECTIONS } from '../../contracts/collections';
import { db } from '../cloud';

/**
 * Per-user counters kept on the user document so that caps hold under any concurrency: a slot is taken by
 * one conditional write (`where count < cap → inc 1`) before the wish changes, and given back when the
 * wish finishes or the change fails. Never count-then-write.
 *   openWishes   — a resident's unfinished wishes (cap 3)
 *   activeClaims — a claimer's wishes in `claimed` (cap 3 for volunteers)
 */
export type CounterField = 'openWishes' | 'activeClaims';

const users = () => db().collection(COLLECTIONS.users);

/** Takes one slot; false when the user already holds `cap` (or does not exist). */
export async function takeSlot(userId: string, field: CounterField, cap: number): Promise<boolean> {
  const _ = db().command;
  const res = (await users()
    .where({ _id: userId, [field]: _.lt(cap).or(_.exists(false)) })
    .update({ data: { [field]: _.inc(1) } })) as { stats?: { updated?: number } };
  return (res.stats?.updated ?? 0) === 1;
}

/** Gives one slot back; never below zero. */
export async function giveSlot(userId: string, field: CounterField): Promise<void> {
  const _ = db().command;
  await users()
    .where({ _id: userId, [field]: _.gt(0) })
    .update({ data: { [field]: _.inc(-1) } });
}
