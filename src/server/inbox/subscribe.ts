import type { SubscribeTemplates } from '../../contracts/messages';
import { subscribePage, templateData } from '../../core/subscribe';
import { getCloud } from '../cloud';
import { clearGrant, grantHolders, takeGrant } from './grants';
import { templateFor } from './templates';

export type SubscribeRequest = { userId: string; kind: string; link?: string; data: Record<string, string> };

/** WeChat: the user has no subscription (grant) for the template. */
const NO_GRANT = 43101;

/**
 * Sends the subscribe messages that can be sent: the kind has a template, every template field has a
 * value, and the user has a grant left, which is taken first (a conditional decrement) so that two
 * sends never spend one grant. Answers how many went out. Failures are logged, never thrown.
 */
export async function sendSubscribeMessages(config: SubscribeTemplates, requests: SubscribeRequest[]): Promise<number> {
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
  const holders = await grantHolders(ready.map((r) => r.userId));
  const outcomes = await Promise.allSettled(
    ready.map(async (r) => {
      const user = holders.get(r.userId);
      if (!user?.openid || !(user.subscribeGrants?.[r.templateId] ?? 0)) return false;
      if (!(await takeGrant(r.userId, r.templateId))) return false;
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
        if ((err as { errCode?: number })?.errCode === NO_GRANT) await clearGrant(r.userId, r.templateId);
        return false;
      }
    }),
  );
  outcomes.forEach((o) => o.status === 'rejected' && console.error('[inbox] subscribe message failed', o.reason));
  return outcomes.filter((o) => o.status === 'fulfilled' && o.value).length;
}
