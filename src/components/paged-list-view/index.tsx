import { Fragment, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { PagedList } from '@/hooks/use-paged-list';
import ListFooter from '../list-footer';
import StateView, { type StateViewSize } from '../state-view';

export type PagedListViewProps<T extends { id: string }> = {
  list: PagedList<T>;
  /** Ids: "<idPrefix>-state", "<idPrefix>-btn-retry", "<idPrefix>-list", and the footer's (see ListFooter). */
  idPrefix: string;
  /** 'inline' under other content (default), 'page' when the list is the whole page. */
  size?: StateViewSize;
  loadingTitle?: string;
  /** The empty state: a glyph, what this list is for and what to do (emptyActions are its buttons). */
  emptyIcon: string;
  emptyTitle: string;
  emptyText: string;
  emptyActions?: ReactNode;
  /** Class of the element around the items (e.g. page__list for a group of rows). */
  className?: string;
  /** The footer's last line when everything is loaded. */
  endText?: string;
  children: (item: T) => ReactNode;
};

/** A paged list with its loading, error (retry) and empty states, and the footer that loads more. */
export default function PagedListView<T extends { id: string }>(p: PagedListViewProps<T>) {
  const { list, idPrefix, size = 'inline' } = p;
  const state = `${idPrefix}-state`;
  if (list.status === 'loading') return <StateView id={state} status='loading' size={size} title={p.loadingTitle} />;
  if (list.status === 'error') {
    return <StateView id={state} status='error' size={size} error={list.error} onRetry={list.refresh} retryId={`${idPrefix}-btn-retry`} />;
  }
  if (list.status === 'empty') {
    return (
      <StateView id={state} status='empty' size={size} icon={p.emptyIcon} title={p.emptyTitle} description={p.emptyText}>
        {p.emptyActions}
      </StateView>
    );
  }
  return (
    <>
      <View id={`${idPrefix}-list`} className={p.className}>
        {list.items.map((item) => (
          <Fragment key={item.id}>{p.children(item)}</Fragment>
        ))}
      </View>
      <ListFooter idPrefix={idPrefix} list={list} endText={p.endText} />
    </>
  );
}
