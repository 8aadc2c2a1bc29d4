import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

/** One item of a home section: a compact card, tappable when it opens a detail. */
export function HomeRow(props: { id: string; title: string; meta: string; tag?: string; onClick?: () => void }) {
  const { id, title, meta, tag, onClick } = props;
  return (
    <View id={id} className='home-row' hoverClass={onClick ? 'home-row--hover' : 'none'} onClick={onClick}>
      <View className='home-row__main'>
        <Text className='home-row__title'>{title}</Text>
        <Text className='home-row__meta'>{meta}</Text>
      </View>
      {tag ? <Text className='home-row__tag'>{tag}</Text> : null}
      {onClick ? <Text className='home-row__arrow'>›</Text> : null}
    </View>
  );
}

export type HomeSectionProps = {
  /** Ids: "<id>" (the block), "<id>-more", "<id>-empty", "<id>-skeleton". */
  id: string;
  title: string;
  /** 查看更多: the tab or list with the rest. */
  more?: { label?: string; onClick: () => void };
  /** Undefined while the first answer is on its way: a skeleton of three rows. */
  count?: number;
  empty: string;
  children?: ReactNode;
};

/** A section of 首页: a title with 查看更多, up to three compact cards, its own empty state and skeleton. */
export function HomeSection({ id, title, more, count, empty, children }: HomeSectionProps) {
  return (
    <View id={id} className='home-section'>
      <View className='home-section__head'>
        <Text className='home-section__title'>{title}</Text>
        {more ? (
          <Text id={`${id}-more`} className='home-section__more' onClick={more.onClick}>
            {`${more.label ?? '查看更多'} ›`}
          </Text>
        ) : null}
      </View>
      {count === undefined ? (
        <View id={`${id}-skeleton`} className='home-section__skeleton'>
          {[0, 1, 2].map((i) => (
            <View key={i} className='home-section__bone' />
          ))}
        </View>
      ) : count === 0 ? (
        <Text id={`${id}-empty`} className='home-section__empty'>
          {empty}
        </Text>
      ) : (
        children
      )}
    </View>
  );
}
