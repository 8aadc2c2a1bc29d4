/**
 * security.msgSecCheck against the local word list (words.json).
 * v2 (`version: 2`, `openid`, `scene` 1–4, `content`) answers like WeChat:
 *   { errcode: 0, errmsg: 'ok', result: { suggest, label }, detail: [...], trace_id }
 * Without `version` the request is a v1 call, which WeChat answers with errcode 87014 for risky
 * text and a bare `{ errcode: 0, errmsg: 'ok' }` (no `result`) otherwise.
 */
import words from './words.json';
import { type OpenApiOutput, type WxAnswer, rid, wxError } from './wechat';

export type Suggest = 'pass' | 'review' | 'risky';
type Tier = Exclude<Suggest, 'pass'>;
type Hit = { tier: Tier; label: number; keyword: string };

export const PASS_LABEL = 100;

const entries: Hit[] = (['risky', 'review'] as const).flatMap((tier) =>
  Object.entries(words[tier] as Record<string, string[]>).flatMap(([label, list]) =>
    list.map((keyword) => ({ tier, label: Number(label), keyword: normalize(keyword) })),
  ),
);

/** Lower case, without spaces, punctuation and symbols, so "赌 博" and "赌-博" still match. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

export function findHits(content: string): Hit[] {
  const text = normalize(content);
  return entries.filter((e) => e.keyword.length > 0 && text.includes(e.keyword));
}

export function verdict(content: string): { suggest: Suggest; label: number; hits: Hit[] } {
  const hits = findHits(content);
  const decisive = hits.find((h) => h.tier === 'risky') ?? hits.find((h) => h.tier === 'review');
  return decisive ? { suggest: decisive.tier, label: decisive.label, hits } : { suggest: 'pass', label: PASS_LABEL, hits };
}

export function msgSecCheck(params: Record<string, unknown>): OpenApiOutput {
  const { version, openid, scene, content } = params;
  if (typeof content !== 'string') return { json: wxError(47001, 'data format error hint: content is required') };
  if (version === undefined) {
    // v1: no openid, no scene, no verdict — only an error for risky text.
    const v = verdict(content);
    return { json: v.suggest === 'risky' ? wxError(87014, 'risky content') : { errcode: 0, errmsg: 'ok' } };
  }
  if (version !== 2) return { json: wxError(40097, 'invalid args hint: version must be 2') };
  if (typeof openid !== 'string' || openid === '') return { json: wxError(40003, 'invalid openid') };
  if (typeof scene !== 'number' || ![1, 2, 3, 4].includes(scene)) {
    return { json: wxError(40129, 'invalid scene hint: scene must be 1, 2, 3 or 4') };
  }
  const v = verdict(content);
  const detail: Record<string, unknown>[] = [
    { strategy: 'content_model', errcode: 0, suggest: v.suggest, label: v.label, prob: v.suggest === 'pass' ? 0 : 90 },
    ...v.hits.map((h) => ({
      strategy: 'keyword',
      errcode: 0,
      suggest: h.tier,
      label: h.label,
      level: h.tier === 'risky' ? 90 : 20,
      keyword: h.keyword,
    })),
  ];
  const json: WxAnswer = {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest: v.suggest, label: v.label },
    detail,
    trace_id: rid(),
  };
  return { json };
}
