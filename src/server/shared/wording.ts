import type { MessageKind } from '../../contracts/messages';
import type { NotifyMessage } from '../inbox/notify';

/**
 * One row of a domain's wording table (its notices.ts): the inbox kind and title, the status word the
 * subscribe message shows, and the body written from the facts the domain passes (`A`, e.g. [OrderDoc]).
 */
export type Wording<A extends unknown[]> = { kind: MessageKind; title: string; status: string; body: (...facts: A) => string };

/** Where a notice goes: its reader, the page it opens, what it is about, and its other subscribe fields. */
export type NoticeTo = { userId: string; link: string; source: string; data: Record<string, string> };

/** The notice a wording row makes about `facts` for `to.userId`: the row's words, the status among the subscribe fields. */
export function noticeOf<A extends unknown[]>(w: Wording<A>, facts: A, to: NoticeTo): NotifyMessage {
  return {
    userId: to.userId,
    kind: w.kind,
    title: w.title,
    body: w.body(...facts),
    link: to.link,
    source: to.source,
    subscribe: { data: { ...to.data, status: w.status } },
  };
}
