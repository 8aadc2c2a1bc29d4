import type * as z from 'zod';
import type { Ctx } from '../ctx';
import { defineAction, type Action } from '../router';
import type { UserDoc } from '../user/repo';
import { callerAnd } from './caller';

/** What a write about one document does once the caller and the document are known. */
export type WriteHandler<S extends z.ZodType, D, O> = (doc: D, me: UserDoc, input: z.output<S>, ctx: Ctx) => Promise<O>;

/**
 * The shape most of a domain's actions have: a write about one document. The caller and the document are
 * read at once (callerAnd: a stranger's UNAUTHENTICATED wins over the document's NOT_FOUND, so they learn
 * nothing about it), and the handler gets both. A domain binds its loader once in its guards —
 * `export const wishWrite = writeOn((i: { id: string }) => requireWish(i.id))` — and each use case is then
 * `export const cancel = wishWrite(WishInput.cancel, async (wish, me, input, ctx) => …)`.
 */
export function writeOn<I, D>(load: (input: I) => Promise<D>) {
  return <S extends z.ZodType<I>, O>(input: S, handle: WriteHandler<S, D, O>): Action<S, O> =>
    defineAction({
      input,
      write: true,
      async handle(parsed, ctx) {
        const [me, doc] = await callerAnd(ctx, load(parsed as I));
        return handle(doc, me, parsed, ctx);
      },
    });
}
