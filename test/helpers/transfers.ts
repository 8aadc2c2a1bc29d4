import type { Page } from 'playwright-core';

/** One response as the network saw it: bytes on the wire (headers and the possibly compressed body). */
export type Transfer = { url: string; type: string; status: number; encoding: string | null; bytes: number };

export type Transfers = {
  /** Every finished response so far. */
  list(): Transfer[];
  /** Bytes transferred for responses of a CDP resource type ('Script', 'Stylesheet', 'Document' …). */
  bytes(type: string): number;
  /** One line a response of `type`, for the test's log. */
  describe(type: string): string;
};

/**
 * Counts what the page downloads, through Chrome's own network log (CDP `Network.loadingFinished`'s
 * encodedDataLength: the bytes received, as DevTools' "transferred" column shows them). Attach before the
 * first navigation to count a first load.
 */
export async function trackTransfers(page: Page): Promise<Transfers> {
  const cdp = await page.context().newCDPSession(page);
  const seen = new Map<string, Omit<Transfer, 'bytes'>>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    seen.set(e.requestId, { url: e.response.url, type: e.type, status: e.response.status, encoding: headers['content-encoding'] ?? null });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (r) done.push({ ...r, bytes: e.encodedDataLength });
  });
  await cdp.send('Network.enable');
  const of = (type: string) => done.filter((t) => t.type === type);
  return {
    list: () => [...done],
    bytes: (type) => of(type).reduce((sum, t) => sum + t.bytes, 0),
    describe: (type) =>
      of(type)
        .map((t) => `${(t.bytes / 1024).toFixed(1).padStart(7)} KB  ${t.encoding ?? 'identity'}  ${new URL(t.url).pathname}`)
        .join('\n'),
  };
}
