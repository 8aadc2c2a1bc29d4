import { Text, View } from '@tarojs/components';
import type { EventCard as Card } from '@/contracts/event';
import { formatDistance } from '@/services/format';
import { AVAILABILITY_TEXT, spanText } from '@/services/event';
import Chip from '../chip';
import './index.scss';

export type EventCardMine = 'confirmed' | 'waiting';

export type EventCardProps = {
  event: Card;
  /** Element id: "<idPrefix>-<event id>". */
  idPrefix: string;
  /** The viewer's own place in it (from 我的报名), shown instead of the event's availability. */
  mine?: EventCardMine;
  onClick?: () => void;
};

const STATE_TONE = { signUp: 'primary', waitlist: 'warning', notOpen: 'neutral', closed: 'neutral', cancelled: 'danger' } as const;

/** One event in a list: category, title, when and where, seats left, and 报名 / 候补 / 已报名. */
export default function EventCard({ event, idPrefix, mine, onClick }: EventCardProps) {
  const state = mine === 'confirmed' ? '已报名' : mine === 'waiting' ? '候补中' : AVAILABILITY_TEXT[event.availability];
  const tone = mine === 'confirmed' ? 'success' : mine === 'waiting' ? 'warning' : STATE_TONE[event.availability];
  const seats =
    event.seatsLeft > 0 ? `剩余 ${event.seatsLeft} 个名额` : event.waiting > 0 ? `名额已满 · ${event.waiting} 人候补` : '名额已满';
  return (
    <View id={`${idPrefix}-${event.id}`} className='event-card' data-availability={event.availability} data-mine={mine ?? ''}>
      <View className='event-card__main' hoverClass={onClick ? 'event-card__main--hover' : 'none'} onClick={onClick}>
        <View className='event-card__top'>
          <Chip tone='primary'>{event.category}</Chip>
          <View className='event-card__state' id={`${idPrefix}-${event.id}-state`}>
            <Chip tone={tone}>{state}</Chip>
          </View>
        </View>
        <Text className='event-card__title'>{event.title}</Text>
        <Text className='event-card__meta'>{`${spanText(event.firstStart, event.lastEnd)}${event.slotCount > 1 ? ` 等 ${event.slotCount} 个场次` : ''}`}</Text>
        <Text className='event-card__meta'>
          {`${event.stationName} · ${event.address}`}
          {event.distanceM !== undefined ? ` · 离我 ${formatDistance(event.distanceM)}` : ''}
        </Text>
        <Text id={`${idPrefix}-${event.id}-seats`} className='event-card__seats'>
          {seats}
        </Text>
      </View>
    </View>
  );
}
