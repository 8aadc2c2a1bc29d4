import { type InboxOutput } from '../../contracts/messages';
import { InboxInput } from '../../contracts/messages.schema';
import { defineAction } from '../router';
import { messagesOf } from './repo';
import { toMessageView } from './view';

/** The caller's own messages, newest first, optionally only unread ones, a page at a time (one read). */
export const list = defineAction({
  input: InboxInput.list,
  async handle({ unread, cursor, limit }, ctx): Promise<InboxOutput['list']> {
    const page = await messagesOf(ctx.userId, unread, { cursor, limit });
    return { items: page.items.map(toMessageView), next: page.next };
  },
});
