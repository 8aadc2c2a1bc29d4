/**
 * Image checks for every photo a user attaches (listings, wishes, later records). WeChat's
 * `security.mediaCheckAsync` v2 takes a public URL — a temporary URL of the cloud file, never the cloud://
 * id — and answers only a trace_id; the verdict arrives later as the `wxa_media_check` push, which the
 * market function takes (src/server/market/media-verdict.ts) and applies to what the photo belongs to.
 *
 * Each request is written down in `media_checks` under its trace_id, with the photo and its target, so a
 * verdict finds its photo and a second delivery of it changes nothing. A request that fails (an error
 * from WeChat, no trace_id) is answered 'review': a person looks at that photo instead.
 */
import { COLLECTIONS } from '../../contracts/collections';
import type { PhotoCheck } from '../../contracts/market';
import { photoKey } from '../../core/market';
import { db, getCloud } from '../cloud';
import { byId, isDuplicateKey } from './docs';

export type MediaTarget = { kind: 'listing' | 'wish'; id: string };

/** The scenes WeChat's checks take; a listing or a wish photo is a public post (3, 论坛). */
export const MEDIA_SCENE = 3;
/** WeChat downloads the image within minutes; the URL outlives the 30-minute verdict window. */
const URL_SECONDS = 3_600;

export type MediaCheckDoc = {
  /** WeChat's trace_id. */
  _id: string;
  fileId: string;
  /** photoKey(fileId): the field of the target's `photoChecks` the verdict goes into. */
  key: string;
  target: MediaTarget;
  status: PhotoCheck;
  requestedAt: number;
  decidedAt?: number;
  label?: number;
};

const checks = () => db().collection(COLLECTIONS.mediaChecks);

async function tempUrls(fileIds: string[]): Promise<Map<string, string>> {
  const res = (await getCloud().getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge: URL_SECONDS })) })) as {
    fileList?: { fileID: string; tempFileURL?: string; status?: number }[];
  };
  return new Map((res.fileList ?? []).filter((f) => f.tempFileURL && !f.status).map((f) => [f.fileID, f.tempFileURL as string]));
}

async function askWeChat(openid: string, url: string): Promise<string | null> {
  try {
    const res = (await getCloud().openapi.security.mediaCheckAsync({
      mediaUrl: url,
      mediaType: 2,
      version: 2,
      openid,
      scene: MEDIA_SCENE,
    })) as {
      traceId?: string;
    };
    return typeof res?.traceId === 'string' && res.traceId ? res.traceId : null;
  } catch (err) {
    console.warn('[media-check] mediaCheckAsync failed; the photo goes to review', (err as { errCode?: number })?.errCode ?? err);
    return null;
  }
}

export type RequestedChecks = {
  /** Photos whose check could not be asked for: mark them 'review'. */
  failed: string[];
  /** Verdicts that arrived before their request was written down (see recordRequest): apply them now. */
  early: MediaCheckDoc[];
};

/**
 * Asks WeChat to check each of `fileIds` for `target` and writes each request down. Database calls: one
 * insert of all requests (plus a read for a verdict that came first, which is rare). `openid` is the
 * caller's: WeChat wants a user seen within the last 2 hours.
 */
export async function requestImageChecks(openid: string, target: MediaTarget, fileIds: string[], now: number): Promise<RequestedChecks> {
  if (!fileIds.length) return { failed: [], early: [] };
  let urls = new Map<string, string>();
  try {
    urls = await tempUrls(fileIds);
  } catch (err) {
    console.warn('[media-check] getTempFileURL failed; the photos go to review', err);
  }
  const asked = await Promise.all(
    fileIds.map(async (fileId) => ({ fileId, traceId: urls.has(fileId) ? await askWeChat(openid, urls.get(fileId)!) : null })),
  );
  const docs: MediaCheckDoc[] = asked
    .filter((a): a is { fileId: string; traceId: string } => !!a.traceId)
    .map(({ fileId, traceId }) => ({ _id: traceId, fileId, key: photoKey(fileId), target, status: 'pending', requestedAt: now }));
  const early: MediaCheckDoc[] = [];
  if (docs.length) {
    try {
      await checks().add({ data: docs });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // All or nothing: a verdict already holds one of these trace ids. Write them one by one.
      for (const d of docs) {
        const first = await recordRequest(d);
        if (first) early.push(first);
      }
    }
  }
  return { failed: asked.filter((a) => !a.traceId).map((a) => a.fileId), early };
}

/**
 * Writes one request; when its verdict came first (WeChat pushed before this write), the verdict's record is
 * completed and answered, for the caller to apply.
 */
async function recordRequest(doc: MediaCheckDoc): Promise<MediaCheckDoc | null> {
  try {
    await checks().add({ data: doc });
    return null;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const verdict = await byId<MediaCheckDoc>(COLLECTIONS.mediaChecks, doc._id);
  if (!verdict) return null;
  await checks()
    .where({ _id: doc._id })
    .update({ data: { fileId: doc.fileId, key: doc.key, target: doc.target, requestedAt: doc.requestedAt } });
  return { ...verdict, fileId: doc.fileId, key: doc.key, target: doc.target };
}
