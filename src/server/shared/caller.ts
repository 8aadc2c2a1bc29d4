import type { Ctx } from '../ctx';
import type { UserDoc } from '../user/repo';

/**
 * The caller and the document an action is about, read at the same time (one round trip instead of two).
 * The caller's refusal (UNAUTHENTICATED) wins over the document's (NOT_FOUND …), as if read first, so a
 * stranger learns nothing about the document.
 */
export async function callerAnd<T>(ctx: Ctx, target: Promise<T>): Promise<[UserDoc, T]> {
  const [me, doc] = await Promise.allSettled([ctx.me(), target]);
  if (me.status === 'rejected') throw me.reason;
  if (doc.status === 'rejected') throw doc.reason;
  return [me.value, doc.value];
}
