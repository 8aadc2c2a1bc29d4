/**
 * `wx.wxPayApi` on the wire, as wx-server-sdk 4.0.2 sends it (`cloud.cloudPay.<api>(data)`):
 *
 *   POST /admin, multipart/form-data: action 'wx.wxPayApi', apiName ('unifiedOrder', 'queryOrder',
 *   'closeOrder', 'refund', …), requestData = the JSON bytes of `data` with every key turned snake_case,
 *   apiOptions = protobuf ApiOptions { 1 appid: string } (empty unless `cloud.cloudPay({ appid })`).
 *
 * The answer is WeChat Pay's answer as JSON bytes with snake_case keys, sent as application/octet-stream:
 * node-sdk parses a reply typed exactly `application/json; charset=utf-8` as a CloudBase error envelope,
 * and wx-server-sdk re-cases the JSON it gets back to camelCase and adds `errCode: 0, errMsg: 'cloudPay.x:ok'`
 * — so a business failure reaches the caller as errCode 0 with `returnCode`/`resultCode` 'FAIL' (and the
 * answer's own err_code is overwritten: the reason is in `errCodeDes`).
 */
import { randomBytes } from 'node:crypto';

export type Params = Record<string, unknown>;
export type PayAnswer = Record<string, unknown>;

/** The service provider's ids cloud pay answers with (WeChat's own, never the developer's). */
export const SP_APPID = 'wxlocalcloudpay00';
export const SP_MCH_ID = '1900000000';
/** The mini program's appid when the call names none (the gateway's functions run as 'local-appid'). */
export const DEFAULT_SUB_APPID = 'local-appid';

/** ApiOptions { 1 appid }: the appid of `cloud.cloudPay({ appid })`, or undefined. */
export function decodeApiOptions(bytes: unknown): string | undefined {
  const buf = Buffer.isBuffer(bytes) ? bytes : typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.alloc(0);
  let pos = 0;
  while (pos < buf.length) {
    const tag = buf[pos++];
    if ((tag & 7) !== 2) return undefined; // ApiOptions carries only strings
    let len = 0;
    for (let shift = 0; pos < buf.length; shift += 7) {
      const b = buf[pos++];
      len |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
    }
    const value = buf.subarray(pos, pos + len).toString('utf8');
    pos += len;
    if (tag >> 3 === 1) return value || undefined;
  }
  return undefined;
}

/** `requestData`: JSON bytes of an object, or null when they are not. */
export function decodeRequestData(bytes: unknown): Params | null {
  const text = Buffer.isBuffer(bytes) ? bytes.toString('utf8') : typeof bytes === 'string' ? bytes : '';
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Params) : null;
  } catch {
    return null;
  }
}

export const encodeAnswer = (answer: PayAnswer): Buffer => Buffer.from(JSON.stringify(answer), 'utf8');

export const nonce = (): string => randomBytes(16).toString('hex');
export const sign = (): string => randomBytes(16).toString('hex').toUpperCase();

/** A parameter error: WeChat Pay refuses the request itself (return_code FAIL). */
export function paramError(message: string): PayAnswer {
  return { return_code: 'FAIL', return_msg: message, result_code: 'FAIL', err_code: 'PARAM_ERROR', err_code_des: message };
}

/** What WeChat Pay answers a request it received: its envelope, then the result and the fields. */
function answered(resultCode: 'SUCCESS' | 'FAIL', fields: PayAnswer): PayAnswer {
  return {
    return_code: 'SUCCESS',
    return_msg: 'OK',
    appid: SP_APPID,
    mch_id: SP_MCH_ID,
    nonce_str: nonce(),
    sign: sign(),
    result_code: resultCode,
    ...fields,
  };
}

/** A business failure: the request was received (return_code SUCCESS) but refused (result_code FAIL). */
export function businessError(errCode: string, description: string, extra: PayAnswer = {}): PayAnswer {
  return answered('FAIL', { err_code: errCode, err_code_des: description, ...extra });
}

export function success(fields: PayAnswer): PayAnswer {
  return answered('SUCCESS', fields);
}

// ---- field checks: each answers the message WeChat Pay gives, or null when the field is fine ----

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A required string of at most `max` UTF-8 bytes (WeChat Pay's String(n) counts bytes), matching `pattern`. */
export function needString(p: Params, key: string, max: number, pattern?: RegExp): string | null {
  const v = p[key];
  if (v === undefined || v === null || v === '') return `缺少参数${key}`;
  if (typeof v !== 'string') return `${key}参数格式错误`;
  if (bytes(v) > max) return `${key}字段长度超过限制（最长${max}字节）`;
  if (pattern && !pattern.test(v)) return `${key}参数格式错误`;
  return null;
}

export function optionalString(p: Params, key: string, max: number, pattern?: RegExp): string | null {
  return p[key] === undefined || p[key] === null ? null : needString(p, key, max, pattern);
}

/** A whole number of fen, at least 1 (WeChat Pay takes Int only: "1.5" or "100" as text is refused). */
export function needFee(p: Params, key: string): string | null {
  const v = p[key];
  if (v === undefined || v === null) return `缺少参数${key}`;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) return `${key}参数格式错误，金额只能是整数（单位：分）`;
  if (v < 1) return `${key}金额必须大于0`;
  return null;
}

export const OUT_TRADE_NO = /^[0-9A-Za-z_-]{1,32}$/;
export const OUT_REFUND_NO = /^[0-9A-Za-z_\-|*@]{1,64}$/;
export const MCH_ID = /^[0-9]{1,32}$/;
export const FUNCTION_NAME = /^[a-zA-Z][\w-]{0,59}$/;
export const OPENID = /^[\w-]{1,128}$/;
export const IP = /^[0-9a-fA-F:.]{2,64}$/;
export const TIME = /^\d{14}$/;

// ---- WeChat Pay times: yyyyMMddHHmmss in China time (UTC+8) ----

const CHINA_OFFSET_MS = 8 * 3600_000;

export function formatTime(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

/** 'yyyy-MM-dd HH:mm:ss' (the refund notification's success_time). */
export function formatDashed(ms: number): string {
  const t = formatTime(ms);
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)} ${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}`;
}

/** Milliseconds of a yyyyMMddHHmmss China time, or null when it is no real time. */
export function parseTime(s: string): number | null {
  if (!TIME.test(s)) return null;
  const [y, mo, d, h, mi, se] = [s.slice(0, 4), s.slice(4, 6), s.slice(6, 8), s.slice(8, 10), s.slice(10, 12), s.slice(12, 14)].map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, se) - CHINA_OFFSET_MS;
  return formatTime(ms) === s ? ms : null; // 20260231… rolls over: refused
}
