import type { Result } from '@/contracts/result';
import { networkFail, requestJson } from './api';
import { setToken } from './token';

/** A demo identity of the local CloudBase (GET /api/dev/identities). */
export type DevIdentity = { openid: string; label: string; description: string };

/** Local H5 only: the demo identities the gateway offers. */
export async function listIdentities(): Promise<Result<{ items: DevIdentity[] }>> {
  const res = await requestJson('GET', '/api/dev/identities');
  if (!res || res.status >= 400) return networkFail();
  const items = (res.body as { items?: unknown })?.items;
  if (!Array.isArray(items)) return networkFail();
  return {
    ok: true,
    data: {
      items: items
        .filter((i): i is DevIdentity => !!i && typeof (i as DevIdentity).openid === 'string')
        .map((i) => ({ openid: i.openid, label: String(i.label ?? i.openid), description: String(i.description ?? '') })),
    },
  };
}

/** Local H5 only: POST /api/dev/login { openid } → { token, openid }; keeps the token. */
export async function devLogin(openid: string): Promise<Result<{ openid: string }>> {
  const res = await requestJson('POST', '/api/dev/login', { openid });
  const body = res?.body as { token?: unknown; openid?: unknown; ok?: unknown; message?: unknown } | undefined;
  if (!res || !body) return networkFail();
  if (res.status >= 400 || typeof body.token !== 'string') {
    return {
      ok: false,
      code: 'UNAUTHENTICATED',
      message: typeof body.message === 'string' ? body.message : '登录没有成功，请换一个身份再试',
    };
  }
  setToken(body.token);
  return { ok: true, data: { openid: typeof body.openid === 'string' ? body.openid : openid } };
}
