import { getCloud } from '../cloud';
import { AppError } from '../errors';

/** msgSecCheck v2 scenes: 1 资料 (profile data), 2 评论 (comment), 3 论坛 (forum post), 4 社交日志 (social log). */
export const SCENE = { profile: 1, comment: 2, forum: 3, log: 4 } as const;
export type Scene = (typeof SCENE)[keyof typeof SCENE];

export type Suggest = 'pass' | 'review' | 'risky';

/** One user text to check: `field` is the input path (for forms), `label` the Chinese name a user reads. */
export type TextField = { field: string; label: string; text: string | undefined; scene: Scene };

type SecCheckAnswer = { result?: { suggest?: string } };

/**
 * The verdict WeChat gives one text. Reads `result.suggest`, never the errcode. A call that fails (an
 * error code, no answer) is not a pass: it answers 'review', so a person looks at the text.
 */
export async function checkText(openid: string, content: string, scene: Scene): Promise<Suggest> {
  try {
    const res = (await getCloud().openapi.security.msgSecCheck({ version: 2, openid, scene, content })) as SecCheckAnswer;
    const suggest = res?.result?.suggest;
    return suggest === 'pass' || suggest === 'risky' || suggest === 'review' ? suggest : 'review';
  } catch (err) {
    console.warn('[content-check] msgSecCheck failed; the text goes to review', (err as { errCode?: number })?.errCode ?? err);
    return 'review';
  }
}

/**
 * Checks every non-empty text at once. A `risky` text is refused with CONTENT_RISKY naming the field to
 * change; the answer lists the fields that came back `review` (the caller marks the record for staff).
 */
export async function checkTexts(openid: string, fields: TextField[]): Promise<{ review: string[] }> {
  const present = fields.filter((f) => typeof f.text === 'string' && f.text.trim() !== '');
  const verdicts = await Promise.all(present.map((f) => checkText(openid, f.text as string, f.scene)));
  const risky = present.find((_, i) => verdicts[i] === 'risky');
  if (risky) {
    const message = `「${risky.label}」含有不适宜的文字，请修改后再提交`;
    throw new AppError('CONTENT_RISKY', message, { [risky.field]: message });
  }
  return { review: present.filter((_, i) => verdicts[i] === 'review').map((f) => f.field) };
}
