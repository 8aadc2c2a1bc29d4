import type { SubscribeTemplates } from '../../contracts/messages';
import { subscribePage, templateData } from '../../core/subscribe';
import { getCloud } from '../cloud';
import { clearGrant, grantHolders, takeGrant, type GrantHolder } from './grants';
import { takeSendMark, type SendMark } from './send-throttle';
import { templateFor } from './templates';

/** `source` (e.g. wish:<id>): at most one message per person, source and kind an hour; none: no such limit. */
export type SubscribeRequest = { userId: string; kind: string; source?: string; link?: string; data: Record<string, string> };

const UNMARKED: SendMark = { release: async () => undefined };

/** WeChat: the user has no subscription (grant) for the template. */
const NO_GRANT = 43101;

/**
 * Sends the subscribe messages that can be sent: the kind has a template, every template field has a
 * value, no message of the kind about the same source went to the user within the hour (a mark in
 * subscribe_sends, taken before the grant so a throttled message spends none), and the user has a grant
 * left, which is taken next (a conditional decrement) so that two sends never spend one grant — which is why
 * grants read earlier in the call (`known`, the caller's document the action read) may stand in for a fresh
 * read: a count spent meanwhile only makes the decrement fail. A mark whose message did not go out is given
 * back. Answers how many went out. Failures are logged, never thrown.
 */
export async function sendSubscribeMessages(
  config: SubscribeTemplates,
  requests: SubscribeRequest[],
  now: number,
  known: GrantHolder[] = [],
): Promise<number> {
  const ready = requests.flatMap((r) => {
    const template = templateFor(config, r.kind);
    if (!template) return [];
    const { data, missing } = templateData(template.fields, r.data);
    if (missing.length) {
      console.warn(`[inbox] ${r.kind}: no value for ${missing.join(', ')}; subscribe message not sent`);
      return [];
    }
    return [{ ...r, templateId: template.templateId, data }];
  });
  if (!ready.length) return 0;
  const holders = await grantHolders(
    ready.map((r) => r.userId),
    known,
  );
  const outcomes = await Promise.allSettled(
    ready.map(async (r) => {
      const user = holders.get(r.userId);
      if (!user?.openid || !(user.subscribeGrants?.[r.templateId] ?? 0)) return false;
      const mark = r.source ? await takeSendMark(r.userId, r.source, r.kind, now) : UNMARKED;
      if (!mark) return false;
      if (!(await takeGrant(r.userId, r.templateId))) {
        await mark.release();
        return false;
      }
      const page = subscribePage(r.link);
      try {
        await getCloud().openapi.subscribeMessage.send({
          touser: user.openid,
          templateId: r.templateId,
          ...(page ? { page } : {}),
          data: r.data,
          miniprogramState: config.miniprogramState,
        });
        return true;
      } catch (err) {
        console.error(`[inbox] subscribe message ${r.kind} to ${r.userId} failed`, err);
        await mark.release();
        if ((err as { errCode?: number })?.errCode === NO_GRANT) await clearGrant(r.userId, r.templateId);
        return false;
      }
    }),
  );
  outcomes.forEach((o) => o.status === 'rejected' && console.error('[inbox] subscribe message failed', o.reason));
  return outcomes.filter((o) => o.status === 'fulfilled' && o.value).length;
}
