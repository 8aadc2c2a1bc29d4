/** What the local cloud's sandbox sent as WeChat subscribe messages, for the tests of notices. */
import type { LocalCloud } from './local-cloud';

/** The subscribe messages sent to `openid` (the gateway's /api/dev/messages), oldest first; `templateId`: only those. */
export async function sentTo(cloud: LocalCloud, openid: string, templateId?: string): Promise<any[]> {
  const res = await fetch(`${cloud.gateway.url}/api/dev/messages?touser=${openid}`);
  const items = ((await res.json()) as { items: any[] }).items;
  return templateId ? items.filter((m) => m.template_id === templateId) : items;
}

/**
 * Expects exactly one subscribe message sent to `openid`: of `template_id`, opening `page`, with exactly
 * `data` (WeChat refuses a key the template lacks) and any other field given; answers it.
 */
export async function oneSentTo(
  cloud: LocalCloud,
  openid: string,
  want: { template_id: string; page: string; data: Record<string, { value: unknown }>; [field: string]: unknown },
): Promise<any> {
  const sent = await sentTo(cloud, openid);
  expect(sent).toEqual([expect.objectContaining({ touser: openid, ...want })]);
  return sent[0];
}
