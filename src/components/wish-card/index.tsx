import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { WishView } from '@/contracts/wish';
import { formatDistance } from '@/services/format';
import { WISH_STATUS_TEXT, WISH_STATUS_TONE, formatAge, formatYuan } from '@/services/wish';
import Chip from '../chip';
import './index.scss';

export type WishCardProps = {
  wish: WishView;
  /** Element id: "<idPrefix>-<wish id>" (e.g. "wish-pool-item-w123"). */
  idPrefix: string;
  /** Show the state chip (my wishes, my claims, the review queue); the pool shows only open wishes. */
  showStatus?: boolean;
  onClick?: () => void;
  /** Under the card's text: a hint, or actions (the review queue). */
  children?: ReactNode;
};

/** One wish in a list: category, title, the start of the story, station, masked name, value and age. */
export default function WishCard({ wish, idPrefix, showStatus = false, onClick, children }: WishCardProps) {
  // The wish's own time: when it was made. openedAt is when staff approved it, which on a day-old wish
  // approved a minute ago read "1 分钟前".
  const when = wish.createdAt;
  // On one's own wish the name is one's own: "为 张桂兰 许愿" is for wishes made for someone (a proxy record).
  const forWhom = wish.viewer === 'owner' && !wish.proxy ? '我的心愿' : `为 ${wish.beneficiary.name} 许愿`;
  return (
    <View id={`${idPrefix}-${wish.id}`} className='wish-card' data-status={wish.status}>
      <View className='wish-card__main' hoverClass={onClick ? 'wish-card__main--hover' : 'none'} onClick={onClick}>
        <View className='wish-card__top'>
          <Chip tone='primary'>{wish.category}</Chip>
          {showStatus ? <Chip tone={WISH_STATUS_TONE[wish.status]}>{WISH_STATUS_TEXT[wish.status]}</Chip> : null}
          <Text className='wish-card__value'>{formatYuan(wish.valueFen)}</Text>
        </View>
        <Text className='wish-card__title'>{wish.title}</Text>
        <Text className='wish-card__story'>{wish.story}</Text>
        <Text className='wish-card__meta'>{wish.stationName}</Text>
        <Text className='wish-card__meta'>
          {`${forWhom} · ${formatAge(when)}`}
          {wish.distanceM !== undefined ? ` · 离我 ${formatDistance(wish.distanceM)}` : ''}
        </Text>
        {onClick ? <Text className='wish-card__more'>查看详情 ›</Text> : null}
      </View>
      {children ? <View className='wish-card__extra'>{children}</View> : null}
    </View>
  );
}
