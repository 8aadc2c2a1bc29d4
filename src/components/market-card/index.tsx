import { Image, Text, View } from '@tarojs/components';
import { LISTING_STATUS_LABELS, SUPPORT_BADGE, yuan, type ListingCard, type ListingView } from '@/contracts/market';
import { photoSrc } from '@/services/photo-src';
import Chip from '../chip';
import './index.scss';

export type MarketCardProps = {
  /** Ids: "<idPrefix>-item-<id>", "<idPrefix>-badge-<id>", "<idPrefix>-status-<id>". */
  idPrefix: string;
  listing: ListingCard | ListingView;
  /** 我的商品: the state and stock instead of the sold count. */
  showStatus?: boolean;
  onClick?: () => void;
};

/** A listing as a card: photo, name, the 帮扶产品 badge, price per unit (and points), origin, pickup station, 已售. */
export default function MarketCard({ idPrefix, listing: l, showStatus = false, onClick }: MarketCardProps) {
  const status = 'status' in l ? l.status : undefined;
  return (
    <View id={`${idPrefix}-item-${l.id}`} className='market-card' hoverClass='market-card--hover' onClick={onClick}>
      <Image className='market-card__photo' src={photoSrc(l.photo) ?? ''} mode='aspectFill' />
      <View className='market-card__body'>
        <View className='market-card__title'>
          <Text className='market-card__name'>{l.name}</Text>
          {l.supported ? (
            <Text id={`${idPrefix}-badge-${l.id}`} className='market-card__badge'>
              {SUPPORT_BADGE}
            </Text>
          ) : null}
        </View>
        <View className='market-card__price'>
          <Text className='market-card__yuan'>{`¥${yuan(l.priceFen)}`}</Text>
          <Text className='market-card__unit'>{`/${l.unit}`}</Text>
          {l.pointsPrice ? <Text className='market-card__points'>{`或 ${l.pointsPrice} 积分`}</Text> : null}
        </View>
        <Text className='market-card__line'>{`${l.originVillage} · ${l.stationName}取货`}</Text>
        {showStatus && status && 'stock' in l ? (
          <View className='market-card__status'>
            <Chip
              id={`${idPrefix}-status-${l.id}`}
              status={status}
              tone={
                status === 'on_sale' ? 'success' : status === 'rejected' ? 'danger' : status === 'pending_review' ? 'warning' : 'neutral'
              }
            >
              {LISTING_STATUS_LABELS[status]}
            </Chip>
            <Text className='market-card__line'>{`库存 ${l.stock} · 已售 ${l.soldCount}`}</Text>
          </View>
        ) : (
          <Text className='market-card__line'>{`已售 ${l.soldCount}`}</Text>
        )}
      </View>
    </View>
  );
}
