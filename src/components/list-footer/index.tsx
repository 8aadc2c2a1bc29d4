import { Text, View } from '@tarojs/components';
import type { PagedList } from '@/hooks/use-paged-list';
import ActionButton from '../action-button';
import './index.scss';

export type ListFooterProps<T> = {
  /** Ids: "<idPrefix>-btn-more", "<idPrefix>-btn-more-retry", "<idPrefix>-end". */
  idPrefix: string;
  list: PagedList<T>;
  /** The last line when everything is loaded. */
  endText?: string;
};

/** Under a paged list: 正在加载更多… / the error with 重新加载 / 加载更多 / 没有更多了. */
export default function ListFooter<T>({ idPrefix, list, endText = '没有更多了' }: ListFooterProps<T>) {
  if (list.loadingMore) return <Text className='list-footer__text'>正在加载更多…</Text>;
  if (list.error) {
    return (
      <View className='list-footer'>
        <Text className='list-footer__text'>{list.error.message}</Text>
        <ActionButton id={`${idPrefix}-btn-more-retry`} type='secondary' onClick={list.loadMore}>
          重新加载
        </ActionButton>
      </View>
    );
  }
  if (list.hasMore) {
    return (
      <View className='list-footer'>
        <ActionButton id={`${idPrefix}-btn-more`} type='plain' onClick={list.loadMore}>
          加载更多
        </ActionButton>
      </View>
    );
  }
  return (
    <Text id={`${idPrefix}-end`} className='list-footer__text'>
      {endText}
    </Text>
  );
}
