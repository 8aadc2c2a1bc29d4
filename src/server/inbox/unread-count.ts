import { type InboxOutput } from '../../contracts/messages';
import { InboxInput } from '../../contracts/messages.schema';
import { defineAction } from '../router';
import { countUnread } from './repo';

/** How many of the caller's messages are unread (one count), for the badge. */
export const unreadCount = defineAction({
  input: InboxInput.unreadCount,
  async handle(_input, ctx): Promise<InboxOutput['unreadCount']> {
    return { count: await countUnread(ctx.userId) };
  },
});
