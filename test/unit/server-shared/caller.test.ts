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
    const started: string[] = [];
    const me = () => (started.push('me'), later(20, () => user));
    const doc = (started.push('doc'), later(20, () => ({ id: 'w-1' })));
    await expect(callerAnd(ctxWith(me), doc)).resolves.toEqual([user, { id: 'w-1' }]);
    expect(started.sort()).toEqual(['doc', 'me']);
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
