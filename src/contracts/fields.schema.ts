/** The field schemas the functions' inputs share (pages check forms with the zod-free ./fields instead). */
import * as z from 'zod';
import { requiredMessage, tooLongMessage } from './fields';

/** A document id as a page sends it back. */
export const IdSchema = z.string().trim().min(1, '缺少编号').max(64, '编号太长');

/** A required free text of at most `max` characters (trimmed), its messages worded with its label. */
export const textSchema = (label: string, max: number) =>
  z.string().trim().min(1, requiredMessage(label)).max(max, tooLongMessage(label, max));

/** A person's 个人码 as staff read it (scanned or pasted; ours are about 90 characters, as user.resolveCode takes them). */
export const personCodeSchema = (whose: string) => {
  const missing = `请扫描${whose}的个人码`;
  return z.string(missing).trim().min(1, missing).max(200, '这不是有效的个人码');
};
