/**
 * One paging contract for every list action. A request names an opaque `cursor` (absent for the first
 * page) and a `limit` (the server never takes more than PAGE_MAX); the answer is `{ items, next }`, where
 * `next` is the cursor of the following page, or null at the end. Clients pass `next` back unchanged.
 */
export type Page<T> = { items: T[]; next: string | null };

export type PageRequest = { cursor?: string; limit?: number };

/** The most items one page may carry (CloudBase answers at most 100 documents to a function by default). */
export const PAGE_MAX = 100;
/** What a list page shows when the client names no limit. */
export const PAGE_DEFAULT = 20;
