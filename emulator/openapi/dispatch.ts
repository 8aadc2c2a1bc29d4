/**
 * `wx.openApi` as wx-server-sdk 4.0.2 sends it: a multipart form with `apiName` (e.g.
 * 'security.msgSecCheck') and `requestData`, a protobuf CommApiData whose pairs carry each parameter
 * (snake_case) as JSON text. The answer body is a protobuf CommOpenApiResp — never the JSON envelope —
 * with `respData` = WeChat's JSON answer (contentType application/json) or binary content (an image),
 * or `errorCode` for a platform error such as an unknown API (-604100).
 */
import { getUnlimited } from './wxacode';
import { msgSecCheck } from './msgSecCheck';
import { createMediaCheckAsync } from './media-check';
import { sendSubscribeMessage } from './subscribeMessage';
import { type KeyValuePair, decodeCommApiData, encodeCommOpenApiResp } from './protobuf';
import type { OpenApiEnv, OpenApiHandler } from './wechat';

export const WX_API_NOT_FOUND = -604100; // wx-server-sdk ERR_CODE WX_FUNCTIONS_SERVER_OPENAPI_NOT_FOUND
export const WX_SYSTEM_ERROR = -601001;

export const OPEN_APIS: Record<string, OpenApiHandler> = {
  'security.msgSecCheck': msgSecCheck,
  'subscribeMessage.send': sendSubscribeMessage,
  'wxacode.getUnlimited': getUnlimited,
  // Without a message-push target (the emulator on its own) verdicts are computed and dropped (media-check.ts).
  'security.mediaCheckAsync': createMediaCheckAsync(),
};

/** A pair's value is the parameter as JSON text, or a media file when it has a content type. */
export function pairsToParams(pairs: KeyValuePair[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of pairs) {
    if (p.contenttype) {
      params[p.key] = { contentType: p.contenttype, value: p.value, fileName: p.filename };
      continue;
    }
    const text = p.value.toString('utf8');
    try {
      params[p.key] = JSON.parse(text);
    } catch {
      params[p.key] = text;
    }
  }
  return params;
}

/** The `requestData` form field as bytes (a Buffer from a multipart parser; a string is taken as latin1). */
export function requestBytes(requestData: unknown): Buffer {
  if (Buffer.isBuffer(requestData)) return requestData;
  if (requestData instanceof Uint8Array) return Buffer.from(requestData);
  if (typeof requestData === 'string') return Buffer.from(requestData, 'latin1');
  return Buffer.alloc(0);
}

/** Runs one open-API call and returns the CommOpenApiResp bytes the SDK decodes. */
export async function callOpenApi(
  apiName: unknown,
  requestData: unknown,
  env: OpenApiEnv,
  apis: Record<string, OpenApiHandler> = OPEN_APIS,
): Promise<Buffer> {
  const handler = typeof apiName === 'string' && Object.hasOwn(apis, apiName) ? apis[apiName] : undefined;
  if (!handler) return encodeCommOpenApiResp({ errorCode: WX_API_NOT_FOUND });
  let params: Record<string, unknown>;
  try {
    params = pairsToParams(decodeCommApiData(requestBytes(requestData)).pairs);
  } catch {
    return encodeCommOpenApiResp({ errorCode: WX_SYSTEM_ERROR });
  }
  const out = await handler(params, env);
  if ('json' in out) {
    return encodeCommOpenApiResp({
      respData: Buffer.from(JSON.stringify(out.json), 'utf8'),
      contentType: 'application/json; charset=utf-8',
      httpCode: 200,
    });
  }
  return encodeCommOpenApiResp({ respData: out.body, contentType: out.contentType, httpCode: 200 });
}
