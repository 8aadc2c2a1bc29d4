/**
 * The open-API plugin: action `wx.openApi` (security.msgSecCheck, security.mediaCheckAsync,
 * subscribeMessage.send, wxacode.getUnlimited — see dispatch.ts) and `GET /__messages?touser=&template_id=` listing the
 * recorded subscribe messages as a JSON array.
 *
 * The `wx.openApi` action answers with a Buffer: the SDK reads the raw HTTP body as a protobuf
 * CommOpenApiResp, so the server must send a Buffer result as-is (application/octet-stream), not
 * inside `{ requestId, data }`; and it must parse the request's multipart/form-data body, keeping
 * `requestData` as bytes.
 */
import type http from 'node:http';
import { callOpenApi, OPEN_APIS } from './dispatch';
import { createMediaCheckAsync, type MediaCheckOptions } from './media-check';
import { listSentMessages, type MessageFilter } from './messages';

type Ctx = { dataDir: string; baseUrl: string; env: string };

export { listSentMessages, type SentMessage, type MessageFilter } from './messages';
export { markedPng, mediaCheckEvent, mediaVerdict, type MessagePush } from './media-check';

export async function messagesRoute(req: http.IncomingMessage, res: http.ServerResponse, ctx: Ctx): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  if (url.pathname !== '/__messages') return false;
  if (req.method !== 'GET') {
    res.writeHead(405, { allow: 'GET', 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 'METHOD_NOT_ALLOWED', message: 'GET only' }));
    return true;
  }
  const filter: MessageFilter = {};
  for (const key of ['touser', 'template_id', 'env'] as const) {
    const v = url.searchParams.get(key);
    if (v !== null) filter[key] = v;
  }
  const body = JSON.stringify(listSentMessages(ctx.dataDir, filter));
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
  return true;
}

/**
 * The plugin; `mediaCheck.push` delivers security.mediaCheckAsync's verdict events (the gateway gives the
 * function configured for message push), `mediaCheck.delayMs` how long after the call they come.
 */
export function createOpenApiPlugin(opts: { mediaCheck?: MediaCheckOptions } = {}) {
  const apis = { ...OPEN_APIS, 'security.mediaCheckAsync': createMediaCheckAsync(opts.mediaCheck) };
  return {
    name: 'openapi',
    actions: {
      'wx.openApi': (body: Record<string, unknown>, ctx: Ctx): Promise<Buffer> =>
        callOpenApi(body.apiName, body.requestData, { dataDir: ctx.dataDir, env: ctx.env }, apis),
    },
    route: messagesRoute,
  };
}

export const openApiPlugin = createOpenApiPlugin();
