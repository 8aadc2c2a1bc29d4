import type { ReactNode } from 'react';
import { useRouter } from '@tarojs/taro';
import type { UserView } from '@/contracts/user';
import SessionGate from '../session-gate';

/** A query parameter as the page received it (decoded; '' when absent). */
export type Query = (name: string) => string;

/** Percent-decoded, or as it came when it does not decode (a free text with a bare `%`): a page never throws on its link. */
function decoded(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/**
 * A page for signed-in users, as its default export: SessionGate ("<idPrefix>-state", "<idPrefix>-btn-retry")
 * until there is a user, then the body with that user and the page's query (?slotId=… → `query('slotId')`).
 */
export function gatedPage(idPrefix: string, body: (user: UserView, query: Query) => ReactNode) {
  return function GatedPage() {
    const { params } = useRouter();
    const query: Query = (name) => {
      const v = params[name];
      return v ? decoded(v) : '';
    };
    return <SessionGate idPrefix={idPrefix}>{(user) => body(user, query)}</SessionGate>;
  };
}
