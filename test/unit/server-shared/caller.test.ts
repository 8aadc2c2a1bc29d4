import type { Ctx } from '@/server/ctx';
import { callerAnd } from '@/server/shared/caller';

const user = { _id: 'u-1' } as Awaited<ReturnType<Ctx['me']>>;
const ctxWith = (me: () => Promise<unknown>) => ({ me }) as unknown as Ctx;
const later = <T>(ms: number, run: () => T) =>
  new Promise<T>((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(run());
      } catch (e) {
        reject(e);
      }
    }, ms),
  );

describe('callerAnd', () => {
  it('answers the caller and the document, both read at once', async () => {
    // The document resolves only once me() has been called: an implementation that awaits the document
    // before asking for the caller never gets there, and the race below reports it instead of hanging.
    let meCalled!: () => void;
    const doc = new Promise<void>((resolve) => (meCalled = resolve)).then(() => ({ id: 'w-1' }));
    const me = () => (meCalled(), later(20, () => user));
    const stuck = later(1_000, () => 'sequential: the document was awaited before the caller was asked');
    await expect(Promise.race([callerAnd(ctxWith(me), doc), stuck])).resolves.toEqual([user, { id: 'w-1' }]);
  });

  it("the caller's refusal wins even when the document's comes first, as if the caller were read first", async () => {
    const me = () =>
      later(30, () => {
        throw new Error('UNAUTHENTICATED');
      });
    const doc = later(1, () => {
      throw new Error('NOT_FOUND');
    });
    await expect(callerAnd(ctxWith(me), doc)).rejects.toThrow('UNAUTHENTICATED');
  });

  it("a known caller hears the document's refusal", async () => {
    const doc = later(1, () => {
      throw new Error('NOT_FOUND');
    });
    await expect(
      callerAnd(
        ctxWith(async () => user),
        doc,
      ),
    ).rejects.toThrow('NOT_FOUND');
  });
});
