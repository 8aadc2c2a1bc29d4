import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Cell from '@/components/cell';

export type HomeSectionProps = {
  /** Ids: "<id>" (the block), "<id>-more" (its title row, which opens the rest), "<id>-empty", "<id>-skeleton". */
  id: string;
  title: string;
  /** 查看更多: the tab or list with the rest (none on a skeleton). */
  more?: { label: string; onClick: () => void };
  /** Undefined while the first answer is on its way: a skeleton. */
  count?: number;
  empty?: string;
  /** Up to three compact cards (Cell rows, as 我的 uses: no new styles in the main package). */
  children?: ReactNode;
};

/** A section of 首页: its title row (tap: 查看更多), a few rows, its own empty state and skeleton. */
export function HomeSection({ id, title, more, count, empty, children }: HomeSectionProps) {
  return (
    <View id={id} className='page__list'>
      <Cell
        id={`${id}-more`}
        title={<Text className='home-title'>{title}</Text>}
        extra={more && more.label}
        arrow={!!more}
        onClick={more && more.onClick}
      />
      {count === undefined ? (
        <View id={`${id}-skeleton`} className='home-bones' />
      ) : count ? (
        children
      ) : (
        <Text id={`${id}-empty`} className='home-empty'>
          {empty}
        </Text>
      )}
    </View>
  );
}
