import { type InboxOutput } from '../../contracts/messages';
import { InboxInput } from '../../contracts/messages.schema';
import { defineAction } from '../router';
import type { GrantHolder } from './grants';
import { loadTemplates } from './templates';

/**
 * Which template id each message kind uses, so pages know what to pass to wx.requestSubscribeMessage
 * (at most 3 ids a call), and how many grants the caller has banked per template.
 */
export const templates = defineAction({
  input: InboxInput.templates,
  async handle(_input, ctx): Promise<InboxOutput['templates']> {
    const [config, me] = await Promise.all([loadTemplates(ctx.now), ctx.caller()]);
    const byKind: Record<string, string> = {};
    for (const t of config.templates) byKind[t.kind] ??= t.templateId;
    return { byKind, grants: { ...(me as GrantHolder | null)?.subscribeGrants } };
  },
});
