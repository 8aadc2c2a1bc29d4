import { createHash, randomBytes } from 'node:crypto';
import { COLLECTIONS } from '../../contracts/collections';
import { LIMITS } from '../../core/limits';
import { db } from '../cloud';
import { isDuplicateKey, updateIf } from '../shared/docs';

/** The last subscribe message of one kind about one source to one person (collection subscribe_sends). */
export type SendMarkDoc = {
  _id: string;
  userId: string;
  source: string;
  kind: string;
  /** When it went out (0 once given back); `expiresAt` = sentAt + the interval, after which it says nothing. */
  sentAt: number;
  expiresAt: number;
  /** Whose mark it is, so only that sender gives it back. */
  token: string;
};

/** A mark taken: give it back when the message did not go out after all. */
export type SendMark = { release(): Promise<void> };

const CLOCK_SKEW_MS = 60_000;
const marks = () => db().collection(COLLECTIONS.subscribeSends);
const markId = (userId: string, source: string, kind: string) =>
  's' + createHash('sha256').update(`${userId}|${source}|${kind}`).digest('hex').slice(0, 32);

/**
 * Takes the right to send `userId` a subscribe message of `kind` about `source` at `now`, or answers null
 * when one went out less than LIMITS.subscribeIntervalMs ago. One document per (person, source, kind),
 * id derived from the three: the first message inserts it (one write), later ones move `sentAt` by a
 * conditional update (`sentAt` at least an interval old), so of N senders at once exactly one gets the mark.
 */
export async function takeSendMark(userId: string, source: string, kind: string, now: number): Promise<SendMark | null> {
  const _id = markId(userId, source, kind);
  const token = randomBytes(8).toString('hex');
  const fresh = { sentAt: now, expiresAt: now + LIMITS.subscribeIntervalMs, token };
  try {
    await marks().add({ data: { _id, userId, source, kind, ...fresh } satisfies SendMarkDoc });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const _ = db().command;
    // Due: the last send is an interval old, or stamped by a clock far ahead of this one (a clock jump).
    const due = _.or([{ sentAt: _.lte(now - LIMITS.subscribeIntervalMs) }, { sentAt: _.gt(now + CLOCK_SKEW_MS) }]);
    if (!(await updateIf(COLLECTIONS.subscribeSends, _.and([{ _id }, due]), fresh))) return null;
  }
  return {
    async release() {
      await marks()
        .where({ _id, token })
        .update({ data: { sentAt: 0, expiresAt: 0 } });
    },
  };
}
