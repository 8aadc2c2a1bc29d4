/**
 * The field rules pages check before sending, zod-free: the schemas (*.schema.ts) build on the same patterns,
 * limits and wording, and test/unit/contracts/client-checks.test.ts holds each form's messages to the schema's.
 * Each check answers the Chinese message of the first problem, or undefined.
 */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const PHONE_MESSAGE = '请填写11位手机号码';

export const REAL_NAME = { min: 2, max: 20, pattern: /^[\u4e00-\u9fa5A-Za-z·• ]+$/ } as const;
export const REAL_NAME_MESSAGES = { min: '姓名至少2个字', max: '姓名最多20个字', pattern: '姓名只能包含汉字或字母' } as const;

/** A cloud storage file id (from an upload), never a URL. */
export const FILE_ID_PATTERN = /^cloud:\/\/[\w.-]+\/[\w./-]+$/;
export const FILE_ID_MESSAGE = '图片无效，请重新上传';

export const requiredMessage = (label: string) => `请填写${label}`;
export const tooLongMessage = (label: string, max: number) => `${label}最多${max}个字`;

/** A required free text of at most `max` characters (trimmed). */
export function checkText(value: string, label: string, max: number): string | undefined {
  const t = value.trim();
  if (!t) return requiredMessage(label);
  if (t.length > max) return tooLongMessage(label, max);
  return undefined;
}

export function checkPhone(value: string): string | undefined {
  return PHONE_PATTERN.test(value.trim()) ? undefined : PHONE_MESSAGE;
}

export function checkRealName(value: string): string | undefined {
  const t = value.trim();
  if (t.length < REAL_NAME.min) return REAL_NAME_MESSAGES.min;
  if (t.length > REAL_NAME.max) return REAL_NAME_MESSAGES.max;
  if (!REAL_NAME.pattern.test(t)) return REAL_NAME_MESSAGES.pattern;
  return undefined;
}

/** At most `max` uploaded file ids. */
export function checkPhotos(ids: string[], max: number): string | undefined {
  if (ids.length > max) return `图片最多${max}张`;
  return ids.some((id) => id.trim().length > 256 || !FILE_ID_PATTERN.test(id.trim())) ? FILE_ID_MESSAGE : undefined;
}
