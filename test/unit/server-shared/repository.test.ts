import { isDuplicateKey } from '@/server/shared/docs';
import { getOrNull } from '@/server/shared/transaction';

/** A transaction's document reference whose read answers `data`, or fails with `err`. */
const ref = (outcome: { data?: unknown; err?: unknown }) => ({
  get: () => (outcome.err === undefined ? Promise.resolve({ data: outcome.data }) : Promise.reject(outcome.err)),
});
const sdkError = (errMsg: string) => Object.assign(new Error(errMsg), { errCode: -1, errMsg });

describe('getOrNull: only a document that is not there reads as null', () => {
  it('answers the document', async () => {
    expect(await getOrNull(ref({ data: { _id: 'u1' } }))).toEqual({ _id: 'u1' });
  });

  it('answers null for the SDK\'s "document does not exist"', async () => {
    expect(await getOrNull(ref({ err: sdkError('document.get:fail document with _id u1 does not exist') }))).toBeNull();
    expect(await getOrNull(ref({ err: 'document with _id u1 does not exist' }))).toBeNull();
  });

  it.each([
    [
      'an expired transaction',
      '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds.',
    ],
    ['a collection never created', '[ResourceNotFound] Db or Table not exist. Please check your request'],
    ['a conflict', '[ResourceUnavailable.TransactionConflict] Transaction is conflict'],
    ['the network', 'connect ECONNREFUSED 127.0.0.1:9'],
  ])('throws %s', async (_what, message) => {
    await expect(getOrNull(ref({ err: sdkError(message) }))).rejects.toThrow(message.slice(0, 20));
  });
});

describe('isDuplicateKey', () => {
  it('recognises the unique-index refusal, however it is wrapped', () => {
    expect(isDuplicateKey(new Error('[DuplicateWrite] E11000 duplicate key error collection: wishes index: claimSlot_1'))).toBe(true);
    expect(isDuplicateKey('E11000 duplicate key error')).toBe(true);
  });

  it('and nothing else', () => {
    expect(isDuplicateKey(new Error('[ResourceNotFound] Db or Table not exist'))).toBe(false);
    expect(isDuplicateKey(undefined)).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
  });
});
