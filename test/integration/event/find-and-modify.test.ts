/**
 * How a waitlist ticket learns its number: ONE find-and-modify (CloudBase's `database.modifyAndReturnDoc`)
 * on the event document. wx-server-sdk 4.0.2 has no public call that answers the document after an update
 * (`where().update` and `doc().update` answer counts, a transaction is not for the hot counter), so the
 * event repository calls `updateAndReturn` — public in @cloudbase/node-sdk — on the node-sdk query that
 * wx-server-sdk wraps (`_query`). These tests fail loudly when an SDK upgrade drops that call or changes
 * what it answers, and say so when wx-server-sdk starts offering a public one (then use it in repo.ts).
 */
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { updateEventAndReturn, type EventDoc } from '@/server/event/repo';
import { useEmulator } from '../../helpers/emulator';

useEmulator();

const slotDoc = (over: object = {}) => ({
  id: 's1',
  start: 0,
  end: 0,
  status: 'open',
  capacity: 1,
  taken: 1,
  waitSeq: 0,
  waitLeft: 0,
  ...over,
});
let n = 0;
async function eventWith(slot: object): Promise<string> {
  const _id = `fam-${++n}`;
  await db()
    .collection(COLLECTIONS.events)
    .add({ data: { _id, status: 'published', slots: [slotDoc(slot)] } });
  return _id;
}
const full = (id: string) => ({ _id: id, 'slots.0.id': 's1', 'slots.0.taken': db().command.gte(1) });
const ticket = () => ({ 'slots.0.waitSeq': db().command.inc(1) });

describe('find-and-modify through wx-server-sdk', () => {
  it('wx-server-sdk 4.0.2 offers no public call that answers the document after an update', async () => {
    const id = await eventWith({});
    const q = db().collection(COLLECTIONS.events).where({ _id: id }) as unknown as Record<string, unknown>;
    // If this fails, wx-server-sdk now forwards a find-and-modify: call it in src/server/event/repo.ts instead of `_query`.
    expect(q.updateAndReturn).toBeUndefined();
    const res = (await db().collection(COLLECTIONS.events).doc(id).update({ data: ticket() })) as unknown as Record<string, unknown>;
    expect(res).toMatchObject({ stats: { updated: 1 } });
    expect(res).not.toHaveProperty('doc');
    expect(res).not.toHaveProperty('data');
  });

  it('the wrapped node-sdk query answers the document after the write, in one call', async () => {
    const q = db().collection(COLLECTIONS.events).where({ _id: 'x' }) as unknown as { _query?: { updateAndReturn?: unknown } };
    expect(typeof q._query?.updateAndReturn).toBe('function');
    const id = await eventWith({ waitSeq: 41 });
    const after = await updateEventAndReturn(full(id), ticket());
    expect(after?._id).toBe(id);
    expect(after?.slots[0]).toMatchObject({ id: 's1', waitSeq: 42, taken: 1 });
  });

  it('answers null and changes nothing when the condition no longer holds', async () => {
    const id = await eventWith({ taken: 0 });
    expect(await updateEventAndReturn(full(id), ticket())).toBeNull();
    const stored = ((await db().collection(COLLECTIONS.events).doc(id).get()) as unknown as { data: EventDoc }).data;
    expect(stored.slots[0].waitSeq).toBe(0);
  });

  it('200 at once get 1 … 200, no gap and no repeat', async () => {
    const id = await eventWith({});
    const docs = await Promise.all(Array.from({ length: 200 }, () => updateEventAndReturn(full(id), ticket())));
    const numbers = docs.map((d) => d!.slots[0].waitSeq).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  }, 120_000);
});
