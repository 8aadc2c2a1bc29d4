import type { MessageKind } from '../../contracts/messages';
import { cutChars } from '../../core/subscribe';
import { newId } from '../shared/ids';
import { insertMessages, type MessageDoc } from './repo';
import type { GrantHolder } from './grants';
import { sendSubscribeMessages } from './subscribe';
import { loadTemplates } from './templates';

export type NotifyMessage = {
  userId: string;
  kind: MessageKind;
  /** Inbox title (≤ 40 characters kept) and body (≤ 500). */
  title: string;
  body: string;
  /** A page of the app, e.g. /packages/wish/detail/index?id=w1; also the subscribe message's page. */
  link?: string;
  /**
   * Values for the kind's subscribe template by logical name (title, status, time, note, name, amount,
   * balance, reason …; times may be epoch milliseconds). The configuration maps names to template fields;
   * values are cut to WeChat's limits. Without it, only the inbox message is written.
   */
  subscribe?: { data: Record<string, string> };
  /**
   * What the message is about (e.g. `wish:<id>`). With it, a person gets at most one subscribe message of
   * this kind about this source an hour (LIMITS.subscribeIntervalMs); the inbox message is written every
   * time. Without it (points awards: each is its own event) no such limit applies.
   */
  source?: string;
};

export type NotifyResult = { messageIds: string[]; sent: number };

/**
 * Tells users something: writes each inbox message and, where the kind has a subscribe template and the
 * user opted in, sends a WeChat subscribe message and uses one grant. Never throws: the action that
 * notifies has already done its work, so failures are logged (the inbox message stands when a send fails).
 * Database calls: one insert per message; with subscribe data also one user read (none when every recipient
 * is in `known`: user documents this call already read, e.g. the caller's), a conditional update
 * per message sent (the grant) plus, with a `source`, one insert (two writes when that person had a message
 * of the kind about the source before), and at most once a minute per instance a settings read (templates.ts).
 */
export async function notify(now: number, messages: NotifyMessage[], known: GrantHolder[] = []): Promise<NotifyResult> {
  if (!messages.length) return { messageIds: [], sent: 0 };
  const docs: MessageDoc[] = messages.map((m) => ({
    _id: newId('m', now),
    userId: m.userId,
    kind: m.kind,
    title: cutChars(m.title.trim(), 40, true),
    body: cutChars(m.body.trim(), 500, true),
    ...(m.link ? { link: m.link } : {}),
    read: false,
    createdAt: now,
  }));
  let messageIds: string[] = [];
  let sent = 0;
  try {
    messageIds = await insertMessages(docs);
    const wanted = messages.filter((m) => m.subscribe);
    if (wanted.length) {
      const config = await loadTemplates(now);
      const requests = wanted.map((m) => ({ userId: m.userId, kind: m.kind, source: m.source, link: m.link, data: m.subscribe!.data }));
      sent = await sendSubscribeMessages(config, requests, now, known);
    }
  } catch (err) {
    console.error('[inbox] notify failed', err);
  }
  return { messageIds, sent };
}
