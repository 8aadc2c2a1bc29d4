import { type InboxOutput } from '../../contracts/messages';
import { InboxInput } from '../../contracts/messages.schema';
import { defineAction } from '../router';
import { addGrants, grantHolders } from './grants';
import { configuredTemplateIds, loadTemplates } from './templates';

/**
 * Banks the one-time grants `wx.requestSubscribeMessage` gave: one more per accepted template id, up to
 * the cap. Ids that no message kind uses are ignored. Answers the caller's grants afterwards.
 */
export const optIn = defineAction({
  input: InboxInput.optIn,
  async handle({ templateIds }, ctx): Promise<InboxOutput['optIn']> {
    await ctx.me();
    const known = configuredTemplateIds(await loadTemplates(ctx.now));
    const accepted = templateIds.filter((t) => known.has(t));
    if (accepted.length) await addGrants(ctx.userId, accepted);
    const me = (await grantHolders([ctx.userId])).get(ctx.userId);
    return { grants: { ...me?.subscribeGrants } };
  },
});
