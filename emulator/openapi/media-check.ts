/**
 * security.mediaCheckAsync v2, as WeChat runs it: the call answers only `{ errcode: 0, errmsg, trace_id }`;
 * later WeChat downloads `media_url` and pushes its verdict as the event
 *   { MsgType: 'event', Event: 'wxa_media_check', trace_id, version: 2, result: { suggest, label }, … }
 * to the function configured for message push (cloudfunctions/message-push.json locally).
 *
 * Locally the verdict comes from the image's bytes, so an image uploaded through the app can be made to
 * fail: bytes containing `civic-media-check:risky` answer `risky`, `civic-media-check:review` answer
 * `review`, anything else `pass` (a PNG carries the marker in a tEXt chunk: `markedPng`). An image that
 * cannot be downloaded (an expired URL, a deleted file) answers `review`, so a person looks at it.
 * Delivery is asynchronous (`delayMs` after the call, 500 by default), through the `push` the gateway
 * hands the plugin; with none (the emulator on its own) the verdict is computed and dropped.
 */
import { type OpenApiEnv, type OpenApiOutput, rid, wxError } from './wechat';
import { chunk, PNG_SIGNATURE } from './png';

export type MediaSuggest = 'pass' | 'review' | 'risky';
/** The gateway's way of delivering a message-push event to the function configured for it. */
export type MessagePush = (event: Record<string, unknown>) => Promise<void>;

export const MEDIA_MARKER = 'civic-media-check:';
export const DEFAULT_DELAY_MS = 500;
/** WeChat's labels: 100 normal; 20002 porn; 21000 other (the local rule has no finer sense than that). */
const LABELS: Record<MediaSuggest, number> = { pass: 100, review: 21000, risky: 20002 };
/** WeChat checks images up to 10 MB. */
const MAX_BYTES = 10 * 1024 * 1024;

/** The verdict the local rule gives these bytes. */
export function mediaVerdict(bytes: Buffer): MediaSuggest {
  if (bytes.includes(`${MEDIA_MARKER}risky`, 0, 'latin1')) return 'risky';
  if (bytes.includes(`${MEDIA_MARKER}review`, 0, 'latin1')) return 'review';
  return 'pass';
}

/** A PNG with a tEXt chunk (`Comment`) carrying the marker for `suggest`, right after IHDR. */
export function markedPng(png: Buffer, suggest: MediaSuggest): Buffer {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('markedPng: not a PNG');
  const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
  const text = chunk('tEXt', Buffer.from(`Comment\0${MEDIA_MARKER}${suggest}`, 'latin1'));
  return Buffer.concat([png.subarray(0, ihdrEnd), text, png.subarray(ihdrEnd)]);
}

async function download(url: string): Promise<Buffer | null> {
  try {
    const res = await fetch(url, { redirect: 'follow' });
    if (!res.ok) return null;
    const body = Buffer.from(await res.arrayBuffer());
    return body.length <= MAX_BYTES ? body : null;
  } catch {
    return null;
  }
}

/** The event WeChat pushes for one check. */
export function mediaCheckEvent(traceId: string, suggest: MediaSuggest, now = Date.now()): Record<string, unknown> {
  const label = LABELS[suggest];
  return {
    ToUserName: 'gh_localcloud',
    CreateTime: Math.floor(now / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'local-appid',
    trace_id: traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: suggest === 'pass' ? 0 : 90 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
  };
}

export type MediaCheckOptions = { push?: MessagePush; delayMs?: number };

export function createMediaCheckAsync(opts: MediaCheckOptions = {}) {
  const delayMs = opts.delayMs ?? DEFAULT_DELAY_MS;
  return function mediaCheckAsync(params: Record<string, unknown>, _env: OpenApiEnv): OpenApiOutput {
    const { media_url, media_type, version, openid, scene } = params;
    if (version !== 2) return { json: wxError(40097, 'invalid args hint: version must be 2') };
    if (typeof media_url !== 'string' || !/^https?:\/\//.test(media_url)) {
      return { json: wxError(40097, 'invalid args hint: media_url must be a public http(s) url') };
    }
    if (media_type !== 1 && media_type !== 2) return { json: wxError(40097, 'invalid args hint: media_type must be 1 or 2') };
    if (typeof openid !== 'string' || openid === '') return { json: wxError(40003, 'invalid openid') };
    if (typeof scene !== 'number' || ![1, 2, 3, 4].includes(scene)) {
      return { json: wxError(40129, 'invalid scene hint: scene must be 1, 2, 3 or 4') };
    }
    const traceId = rid();
    // Answer first, deliver later: the verdict is never part of the call's answer.
    const timer = setTimeout(() => {
      void (async () => {
        const bytes = await download(media_url);
        const event = mediaCheckEvent(traceId, bytes ? mediaVerdict(bytes) : 'review');
        if (!opts.push) return;
        try {
          await opts.push(event);
        } catch (err) {
          console.error('[openapi] wxa_media_check push failed', err);
        }
      })();
    }, delayMs);
    timer.unref();
    return { json: { errcode: 0, errmsg: 'ok', trace_id: traceId } };
  };
}
