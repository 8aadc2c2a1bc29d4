import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { byId, isDuplicateKey, updateIf } from '@/server/shared/docs';
import { getOrNull, inTransaction } from '@/server/shared/transaction';
import { findUser, mutateUser, type UserDoc } from '@/server/user/repo';
import { useEmulator } from '../../helpers/emulator';

/**
 * The repository base against the real wx-server-sdk: only a document that is really not there reads as
 * null; a read that fails for another reason throws. The emulator starts empty, and CloudBase answers
 * DATABASE_COLLECTION_NOT_EXIST for a collection that was never created — a read failure that is not "not found".
 */
useEmulator();

const user = (id: string): UserDoc => ({ _id: id, openid: `o-${id}`, nickname: '居民', roles: [], createdAt: 1, updatedAt: 1 });

describe('before the users collection exists', () => {
  it('mutateUser throws the read failure instead of answering "no such user"', async () => {
    const change = jest.fn(() => ({ nickname: '改过' }));
    await expect(mutateUser('u-any', 2, change)).rejects.toThrow(/not exist|NOT_EXIST/i);
    expect(change).not.toHaveBeenCalled();
  });

  it('findUser and byId throw too', async () => {
    await expect(findUser('u-any')).rejects.toThrow(/not exist|NOT_EXIST/i);
    await expect(byId(COLLECTIONS.users, 'u-any')).rejects.toThrow(/not exist|NOT_EXIST/i);
  });
});

describe('once it exists', () => {
  beforeAll(async () => {
    await db()
      .collection(COLLECTIONS.users)
      .add({ data: user('u-here') });
  });

  it('a missing user is null, and nothing is written', async () => {
    expect(await mutateUser('u-missing', 2, () => ({ nickname: '改过' }))).toBeNull();
    expect(await findUser('u-missing')).toBeNull();
  });

  it('an existing user is changed in the transaction', async () => {
    const changed = await mutateUser('u-here', 5, (cur) => ({ nickname: `${cur.nickname}甲` }));
    expect(changed).toMatchObject({ _id: 'u-here', nickname: '居民甲', updatedAt: 5 });
    expect(await findUser('u-here')).toMatchObject({ nickname: '居民甲', updatedAt: 5 });
  });

  it('getOrNull inside a transaction: null for a missing document, the document otherwise', async () => {
    const [missing, here] = await inTransaction(async (tx) => [
      await getOrNull(tx.collection(COLLECTIONS.users).doc('u-missing')),
      await getOrNull<UserDoc>(tx.collection(COLLECTIONS.users).doc('u-here')),
    ]);
    expect(missing).toBeNull();
    expect(here).toMatchObject({ _id: 'u-here' });
  });

  it('updateIf answers whether the conditional write changed the document', async () => {
    const _ = db().command;
    expect(await updateIf(COLLECTIONS.users, { _id: 'u-here', nickname: '居民甲' }, { nickname: '居民乙' })).toBe(true);
    expect(await updateIf(COLLECTIONS.users, { _id: 'u-here', nickname: '居民甲' }, { nickname: '居民丙' })).toBe(false);
    expect(await updateIf(COLLECTIONS.users, { _id: 'u-here', updatedAt: _.gt(100) }, { nickname: '居民丙' })).toBe(false);
    expect(await findUser('u-here')).toMatchObject({ nickname: '居民乙' });
  });

  it('isDuplicateKey recognises the insert CloudBase refuses for a taken _id, and nothing else', async () => {
    const failure = (p: unknown) =>
      (p as Promise<unknown>).then(
        () => null,
        (e: unknown) => e,
      );
    const err = await failure(
      db()
        .collection(COLLECTIONS.users)
        .add({ data: user('u-here') }),
    );
    expect(err).not.toBeNull();
    expect(isDuplicateKey(err)).toBe(true);
    const other = await failure(db().collection(COLLECTIONS.messages).where({ _id: 'x' }).get());
    expect(other).not.toBeNull();
    expect(isDuplicateKey(other)).toBe(false);
  });
});
