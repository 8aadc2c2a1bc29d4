import { useState } from 'react';
import { usePagedList, type PageLoad } from './use-paged-list';
import { useShownAgain } from './use-shown-again';

/**
 * A queue staff work through (wishes, volunteers): its pages, and what was decided on each item during this
 * visit, shown in place until the queue is read again (each time the page shows again).
 */
export function useReviewQueue<T extends { id: string }, D>(load: PageLoad<T>) {
  const list = usePagedList<T>(load, []);
  const [decided, setDecided] = useState<Record<string, D>>({});
  useShownAgain(() => void list.refresh().then(() => setDecided({})));
  const decide = (id: string) => (d: D) => setDecided((old) => ({ ...old, [id]: d }));
  return { list, decided, decide };
}
