import { COLLECTIONS } from '../../contracts/collections';
import type { MessageKind } from '../../contracts/messages';
import type { Page } from '../../contracts/paging';
import { db } from '../cloud';
import { countWhere, keysetRead, updateWhere } from '../shared/docs';
import { orderBy, type PageRequest } from '../shared/paging';

/** One inbox message (collection messages). */
export type MessageDoc = {
  _id: string;
  userId: string;
  kind: MessageKind;
  title: string;
  body: string;
  link?: string;
  read: boolean;
  createdAt: number;
  readAt?: number;
};

const messages = () => db().collection(COLLECTIONS.messages);

/** Inserts each message (one add each, in parallel); answers the ids that were written, logging failures. */
export async function insertMessages(docs: MessageDoc[]): Promise<string[]> {
  const done = await Promise.allSettled(docs.map((d) => messages().add({ data: d })));
  const ids: string[] = [];
  done.forEach((r, i) => {
    if (r.status === 'fulfilled') ids.push(docs[i]._id);
    else console.error(`[inbox] message ${docs[i]._id} (${docs[i].kind}) for ${docs[i].userId} not written`, r.reason);
  });
  return ids;
}

/** Newest first; `_id` after the time, so messages written in the same millisecond page exactly once. */
const NEWEST = orderBy('createdAt', 'desc');

/** A user's messages (only unread ones when asked), newest first, after the cursor: one read of limit + 1. */
export function messagesOf(userId: string, unread: boolean | undefined, req: PageRequest): Promise<Page<MessageDoc>> {
  return keysetRead<MessageDoc>(COLLECTIONS.messages, unread ? { userId, read: false } : { userId }, NEWEST, req);
}

export function countUnread(userId: string): Promise<number> {
  return countWhere(COLLECTIONS.messages, { userId, read: false });
}

/** Marks the user's own unread messages read (the named ones, or all): one conditional update. */
export async function markRead(userId: string, ids: string[] | undefined, now: number): Promise<number> {
  const _ = db().command;
  const where = ids ? { userId, read: false, _id: _.in(ids) } : { userId, read: false };
  return updateWhere(COLLECTIONS.messages, where, { read: true, readAt: now });
}
