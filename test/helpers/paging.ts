/** The paging contract ({ items, next }) as a caller observes it, for the tests of list actions. */
import type { Caller, LocalCloud } from './local-cloud';

/**
 * Reads a list of `sizes[0] + sizes[1]` items as `c`, naming no limit: the first page is one read of
 * `collection` and holds `sizes[0]` items and a cursor; the page that cursor opens holds the other `sizes[1]`
 * and ends the list. Answers the items of both pages in the order they came.
 */
export async function twoPages(
  cloud: LocalCloud,
  c: Caller,
  [fn, action]: [string, string],
  collection: string,
  sizes: [first: number, rest: number],
): Promise<any[]> {
  await cloud.resetStats();
  const first = await c.ok(fn, action);
  expect((await cloud.stats())[collection]).toMatchObject({ read: 1 });
  expect(first.items).toHaveLength(sizes[0]);
  expect(first.next).toEqual(expect.any(String));
  const second = await c.ok(fn, action, { cursor: first.next });
  expect(second.items).toHaveLength(sizes[1]);
  expect(second.next).toBeNull();
  return [...first.items, ...second.items];
}

/**
 * Walks a list by cursor as `c`, sending `input` (e.g. a small limit) with every page, to its end: every item
 * in the order the pages gave them. A list still going after `maxPages` pages fails the test (a cursor that
 * never ends, or more items than the test made) instead of answering the first pages as if they were all.
 */
export async function walkPages(
  c: Caller,
  [fn, action]: [string, string],
  input: Record<string, unknown>,
  maxPages: number,
): Promise<any[]> {
  const seen: any[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await c.ok(fn, action, { ...input, ...(cursor ? { cursor } : {}) });
    seen.push(...page.items);
    if (!page.next) return seen;
    cursor = page.next;
  }
  throw new Error(`${fn}.${action} still had a next page after ${maxPages} pages (${seen.length} items so far)`);
}
