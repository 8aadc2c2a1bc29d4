import { Fragment, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PagedList } from '@/hooks/use-paged-list';
import { goBack, switchTab } from '@/services/nav';
import ActionButton, { type ActionButtonType } from '../action-button';
import ListFooter from '../list-footer';
import StateView, { type StateViewSize } from '../state-view';

/**
 * The empty state's one next step, as data: a button that switches to a tab ('tab'), goes back with a
 * fallback page ('back'), opens a page ('go') or changes something on this page ('run', e.g. a wider scope).
 */
export type EmptyAction = { id: string; label: string; type?: ActionButtonType } & (
  { how: 'tab'; to: Parameters<typeof switchTab>[0] } | { how: 'back' | 'go'; to: string } | { how: 'run'; run: () => void }
);

/** What an empty list says: a glyph, what this list is for and what to do, and its one next step if any. */
export type ListEmpty = { icon: string; title: string; text: string; action?: EmptyAction };

function follow(a: EmptyAction): void {
  if (a.how === 'run') a.run();
  else if (a.how === 'tab') switchTab(a.to);
  else if (a.how === 'back') goBack(a.to);
  else void Taro.navigateTo({ url: a.to });
}

export type PagedListViewProps<T extends { id: string }> = {
  list: PagedList<T>;
  /** Ids: "<idPrefix>-state", "<idPrefix>-btn-retry", "<idPrefix>-list", and the footer's (see ListFooter). */
  idPrefix: string;
  /** 'inline' under other content (default), 'page' when the list is the whole page. */
  size?: StateViewSize;
  loadingTitle?: string;
  empty: ListEmpty;
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
    const { icon, title, text, action: next } = p.empty;
    return (
      <StateView id={state} status='empty' size={size} icon={icon} title={title} description={text}>
        {next ? (
          <ActionButton id={next.id} type={next.type ?? 'primary'} onClick={() => follow(next)}>
            {next.label}
          </ActionButton>
        ) : null}
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
