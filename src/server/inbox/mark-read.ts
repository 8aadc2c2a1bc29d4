import { type InboxOutput } from '../../contracts/messages';
import { InboxInput } from '../../contracts/messages.schema';
import { defineAction } from '../router';
import { markRead as markOwnRead } from './repo';

/**
 * Marks messages read: the named ones or all. The update matches only the caller's own unread messages,
 * so ids of someone else's messages change nothing.
 */
export const markRead = defineAction({
  input: InboxInput.markRead,
  async handle({ ids }, ctx): Promise<InboxOutput['markRead']> {
    return { updated: await markOwnRead(ctx.userId, ids, ctx.now) };
  },
});
