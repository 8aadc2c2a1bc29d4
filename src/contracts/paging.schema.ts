import * as z from 'zod';
import { PAGE_DEFAULT, PAGE_MAX } from './paging';

/** The longest cursor the server hands out (a few sort values, base64url); anything longer is not one of ours. */
export const CURSOR_MAX = 400;

/**
 * A cursor exactly as the server answered it in `next`: base64url characters only. The server decodes it
 * and answers VALIDATION_FAILED for anything it did not make.
 */
export const PageCursorSchema = z
  .string()
  .max(CURSOR_MAX, '翻页标记无效')
  .regex(/^[A-Za-z0-9_-]+$/, '翻页标记无效');

/**
 * The paging fields of a list action's input, to spread into its schema: `cursor` (absent on the first
 * page) and `limit`, 1 … `max` (never above PAGE_MAX), `fallback` when absent.
 */
export function pageFields(max: number = PAGE_MAX, fallback: number = Math.min(PAGE_DEFAULT, max)) {
  if (max > PAGE_MAX || fallback > max) throw new Error(`pageFields: limit ${fallback}/${max} above PAGE_MAX ${PAGE_MAX}`);
  return {
    cursor: PageCursorSchema.optional(),
    limit: z.number().int().min(1).max(max).default(fallback),
  };
}
