import { COLLECTIONS } from '../../contracts/collections';
import type { Page } from '../../contracts/paging';
import type { PointsEntryFields } from '../../contracts/points';
import { keysetRead } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';
import type { UserDoc } from '../user/repo';

/** One immutable ledger entry (collection points_entries): the fields a view shows, and whose it is. */
export type EntryDoc = PointsEntryFields & {
  _id: string;
  userId: string;
  actorId: string;
  /** The user's station path when the entry was made, so each scope can count its points. */
  nodePath?: string[];
};

/** The cached totals live on the user document; a user who never had points has none of these fields. */
export type PointsHolder = UserDoc & { pointsBalance?: number; pointsEarned?: number; pointsSpent?: number; pointsSeq?: number };

/** Newest first by the user's own sequence number, which is unique per user: no tie-breaker needed. */
const NEWEST: Order = [['seq', 'desc', 'number']];

/** A user's entries, newest first, after the cursor: one read of limit + 1 to know whether more follow. */
export function entriesOf(userId: string, req: PageRequest): Promise<Page<EntryDoc>> {
  return keysetRead<EntryDoc>(COLLECTIONS.pointsEntries, { userId }, NEWEST, req);
}
