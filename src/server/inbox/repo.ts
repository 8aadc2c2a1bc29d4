import { COLLECTIONS } from '../../contracts/collections';
import type { Cursor, MessageKind } from '../../contracts/messages';
import { db } from '../cloud';
import { rows } from '../shared/docs';

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

/** A user's messages, newest first (by time, then id), after `cursor`: one read of limit + 1. */
export async function messagesOf(userId: string, opts: { unread?: boolean; cursor?: Cursor; limit: number }) {
  const _ = db().command;
  const base = opts.unread ? { userId, read: false } : { userId };
  const c = opts.cursor;
  const where = c ? _.or([{ ...base, createdAt: _.lt(c.at) }, { ...base, createdAt: c.at, _id: _.lt(c.id) }]) : base;
  const found = await rows<MessageDoc>(messages().where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(opts.limit + 1));
  const items = found.slice(0, opts.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: found.length > opts.limit && last ? `${last.createdAt}.${last._id}` : undefined };
}

export async function countUnread(userId: string): Promise<number> {
  const res = (await messages().where({ userId, read: false }).count()) as { total?: number };
  return res.total ?? 0;
}

/** Marks the user's own unread messages read (the named ones, or all): one conditional update. */
export async function markRead(userId: string, ids: string[] | undefined, now: number): Promise<number> {
  const _ = db().command;
  const where = ids ? { userId, read: false, _id: _.in(ids) } : { userId, read: false };
  const res = (await messages().where(where).update({ data: { read: true, readAt: now } })) as { stats?: { updated?: number } };
  return res.stats?.updated ?? 0;
}
