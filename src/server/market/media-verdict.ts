import { COLLECTIONS } from '../../contracts/collections';
import { MediaCheckEventSchema } from '../../contracts/market.schema';
import { OPEN_CHECKS } from '../../core/market';
import { db } from '../cloud';
import { defineAction } from '../router';
import { byId, isDuplicateKey, updateIf } from '../shared/docs';
import type { MediaCheckDoc } from '../shared/media-check';
import { applyVerdict } from './media-apply';

/**
 * WeChat's `wxa_media_check` push: the verdict of one image check (shared/media-check.ts asked for it).
 * Not a user's call — it comes with no openid (`caller: 'system'` refuses any user who sends the same
 * shape) and only in the push's own shape; the entry routes it here (router.ts).
 *
 * Idempotent by trace_id: the verdict is written onto the request's record only while that record still
 * waits (pending, or timed out), and the target's own write is conditional on the photo still waiting
 * too, so a second delivery — WeChat retries a push it thinks failed — changes nothing. A verdict that
 * arrives before its request was written down is kept under its trace_id; the request picks it up.
 */
export const wxaMediaCheck = defineAction({
  input: MediaCheckEventSchema,
  caller: 'system',
  async handle(event, ctx) {
    const id = event.trace_id;
    const verdict = event.result.suggest;
    const decided = { status: verdict, decidedAt: ctx.now, ...(event.result.label !== undefined ? { label: event.result.label } : {}) };
    const won = await updateIf(COLLECTIONS.mediaChecks, { _id: id, status: db().command.in([...OPEN_CHECKS]) }, decided);
    const check = await byId<MediaCheckDoc>(COLLECTIONS.mediaChecks, id);
    if (!check) {
      try {
        await db()
          .collection(COLLECTIONS.mediaChecks)
          .add({ data: { _id: id, ...decided, requestedAt: ctx.now } });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      return { traceId: id, applied: false };
    }
    // Applied again on a repeat of the verdict we hold, in case the first delivery stopped before its target
    // write; the target's conditional write makes that a no-op once it happened.
    if (!won && check.status !== verdict) return { traceId: id, applied: false };
    if (!check.target) return { traceId: id, applied: false };
    ctx.notify(...(await applyVerdict(check, check.status, ctx.now)));
    return { traceId: id, applied: won };
  },
});
