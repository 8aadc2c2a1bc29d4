import Taro from '@tarojs/taro';
import type { MessageKind } from '@/contracts/messages';
import { inboxApi } from './inbox';

/**
 * WeChat subscribe messages (订阅消息): the user allows one message per template per "yes", so the app asks
 * at the moments a reply will follow (after posting or claiming a wish …) and banks the "yes"es with
 * inbox.optIn. H5 has no subscribe messages: everything here is a no-op there.
 *
 * WeChat only opens the dialog from the user's own tap, and an `await` before the call loses the tap.
 * So the template ids are fetched ahead (`prefetchSubscribeTemplates`, e.g. when the page shows), and
 * `askSubscribe` must be called first thing in a tap handler, before awaiting anything:
 *
 *   async function submit() {
 *     const asked = askSubscribe(['wish.approved', 'wish.claimed']); // same tick as the tap
 *     const r = await wishApi.submit(input);
 *     await asked;
 *   }
 *
 * or from a button shown after success (components/message-subscribe does that).
 */

const IS_WEAPP = process.env.TARO_ENV === 'weapp';
/** WeChat shows at most three templates in one dialog. */
const MAX_PER_ASK = 3;

let byKind: Record<string, string> | undefined;
let loading: Promise<void> | undefined;

/** Loads which template each message kind uses (inbox.templates), once per launch; weapp only. */
export function prefetchSubscribeTemplates(): Promise<void> {
  if (!IS_WEAPP || byKind) return Promise.resolve();
  loading ??= inboxApi.templates().then((r) => {
    loading = undefined;
    if (r.ok) byKind = r.data.byKind;
  });
  return loading;
}

/** The template ids for these kinds that are configured (at most three, no repeats). */
export function templateIdsFor(kinds: readonly (MessageKind | string)[], table: Record<string, string> = byKind ?? {}): string[] {
  return [...new Set(kinds.map((k) => table[k]).filter((t): t is string => !!t))].slice(0, MAX_PER_ASK);
}

/** weapp: the templates could be asked for right now (loaded and configured). */
export function canAskSubscribe(kinds: readonly (MessageKind | string)[]): boolean {
  return IS_WEAPP && templateIdsFor(kinds).length > 0;
}

/**
 * Asks WeChat to let the app send these kinds of messages and records the accepted template ids.
 * Answers the accepted ids ([] on H5, when nothing is configured or loaded yet, or when the user said no).
 * Never throws. Call it in the same tick as the user's tap (see above).
 */
export function askSubscribe(kinds: readonly (MessageKind | string)[]): Promise<string[]> {
  if (!IS_WEAPP) return Promise.resolve([]);
  const ids = templateIdsFor(kinds);
  if (!ids.length) {
    void prefetchSubscribeTemplates();
    return Promise.resolve([]);
  }
  // Synchronous up to here: the dialog opens from the tap.
  const option = { tmplIds: ids } as Parameters<typeof Taro.requestSubscribeMessage>[0];
  return Promise.resolve(Taro.requestSubscribeMessage(option))
    .then(async (res) => {
      const answers = res as unknown as Record<string, string>;
      const accepted = ids.filter((id) => answers[id] === 'accept');
      if (accepted.length) await inboxApi.optIn({ templateIds: accepted });
      return accepted;
    })
    .catch(() => []);
}
