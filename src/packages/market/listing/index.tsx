import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Banner from '@/components/banner';
import Chip from '@/components/chip';
import { gatedPage } from '@/components/gated-page';
import ReasonField, { useReasonStep } from '@/components/reason-field';
import { DetailState } from '@/components/resource-state';
import WishPhotos from '@/components/wish-photos';
import { LISTING_STATUS_LABELS, MARKET_LIMITS, SUPPORT_BADGE, yuan, type ListingView, type ListingViewAction } from '@/contracts/market';
import type { Result } from '@/contracts/result';
import { useResource } from '@/hooks/use-resource';
import { ROUTES } from '@/services/env';
import { LISTING_STATUS_TONE, marketApi, openListingForm } from '@/services/market';
import { goBack } from '@/services/nav';
import { addToCart, openOrderPage } from '@/services/order';
import '../market.scss';

const BUTTONS: Record<Exclude<ListingViewAction, 'reject'>, { text: string; type: 'primary' | 'secondary' | 'plain' | 'danger' }> = {
  approve: { text: '审核通过，上架', type: 'primary' },
  edit: { text: '修改商品', type: 'secondary' },
  takeOff: { text: '下架', type: 'secondary' },
  putOn: { text: '重新上架', type: 'primary' },
  delete: { text: '删除商品', type: 'danger' },
};
const PHOTO_CHECK_TEXT = { pending: '检测中', pass: '已通过', review: '待人工查看', risky: '未通过', timeout: '待人工查看' } as const;

/** 加入购物车 (its pickup station's cart) and 立即购买 (this listing alone), while the server says it can be bought. */
function BuyButtons({ listing }: { listing: ListingView }) {
  const [added, setAdded] = useState<number>();
  return (
    <View id='listing-buy' className='page__actions'>
      {added ? <Text id='listing-added' className='page__banner page__banner--info'>{`购物车里有 ${added} ${listing.unit}`}</Text> : null}
      <ActionButton
        id='listing-btn-buy'
        type='primary'
        size='large'
        onClick={() => openOrderPage('checkout', { listingId: listing.id, qty: '1' })}
      >
        立即购买
      </ActionButton>
      <ActionButton id='listing-btn-cart' type='secondary' onClick={() => setAdded(addToCart(listing, 1))}>
        加入购物车
      </ActionButton>
      {added ? (
        <ActionButton id='listing-btn-open-cart' type='plain' onClick={() => openOrderPage('cart')}>
          去购物车结算
        </ActionButton>
      ) : null}
    </View>
  );
}

function ListingDetail({ id }: { id: string }) {
  const res = useResource(() => marketApi.detail({ id }), [id], !!id);
  const [after, setAfter] = useState<ListingView>();
  const reject = useReasonStep();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  usePullDownRefresh(() => {
    setAfter(undefined);
    void res.reload().finally(() => Taro.stopPullDownRefresh());
  });

  const l = after ?? res.data;
  if (!l) return <DetailState idPrefix='listing' resource={res} />;

  async function run(action: ListingViewAction) {
    if (action === 'edit') return openListingForm({ id });
    if (action === 'reject' && !reject.ask()) return;
    setBusy(true);
    setError(undefined);
    let r: Result<unknown>;
    if (action === 'approve') r = await marketApi.reviewListing({ id, approve: true });
    else if (action === 'reject') r = await marketApi.reviewListing({ id, approve: false, reason: reject.reason });
    else if (action === 'takeOff') r = await marketApi.takeOff({ id });
    else if (action === 'putOn') r = await marketApi.putOn({ id });
    else r = await marketApi.deleteListing({ id });
    setBusy(false);
    if (!r.ok) return setError(r.fields?.reason ?? r.message);
    if (action === 'delete') {
      void Taro.showToast({ title: '已删除', icon: 'none' });
      return goBack(ROUTES.market);
    }
    reject.close();
    setAfter(r.data as ListingView);
  }

  const party = l.viewer !== 'buyer';
  return (
    <View className='page market-detail'>
      <WishPhotos idPrefix='listing-photos' fileIDs={l.photos} />
      <View className='market-detail__head'>
        <Text id='listing-name' className='market-detail__name'>
          {l.name}
        </Text>
        {l.supported ? (
          <Text id='listing-badge' className='market-badge'>
            {SUPPORT_BADGE}
          </Text>
        ) : null}
        {party ? (
          <Chip id='listing-status' status={l.status} tone={LISTING_STATUS_TONE[l.status]}>
            {LISTING_STATUS_LABELS[l.status]}
          </Chip>
        ) : null}
      </View>
      <View className='market-detail__price'>
        <Text id='listing-price' className='market-detail__yuan'>{`¥${yuan(l.priceFen)}`}</Text>
        <Text>{`/${l.unit}`}</Text>
        {l.pointsPrice ? <Text id='listing-points'>{` · 或 ${l.pointsPrice} 爱心积分`}</Text> : null}
      </View>
      <View className='market-detail__facts'>
        <Text id='listing-producer'>{`农户：${l.producerName}`}</Text>
        <Text id='listing-origin'>{`产地：${l.originVillage}`}</Text>
        <Text id='listing-station'>{`取货站点：${l.stationName}`}</Text>
        <Text id='listing-sold'>{`已售 ${l.soldCount} · 库存 ${l.stock}`}</Text>
      </View>
      <Text id='listing-description' className='market-detail__description'>
        {l.description}
      </Text>
      {l.rejectReason ? (
        <Text id='listing-reject-reason' className='page__banner page__banner--error'>{`未通过的原因：${l.rejectReason}`}</Text>
      ) : null}
      {l.flagged ? (
        <Text
          id='listing-flagged'
          className='page__banner page__banner--info'
        >{`内容检测提示需要人工查看：${(l.flaggedFields ?? []).join('、')}`}</Text>
      ) : null}
      {l.photoChecks ? (
        <View id='listing-photo-checks' className='market-detail__facts'>
          {l.photoChecks.map((p, i) => (
            <Text
              key={p.fileId}
              id={`listing-photo-check-${i}`}
              data-status={p.check}
            >{`图片${i + 1}安全检测：${PHOTO_CHECK_TEXT[p.check]}`}</Text>
          ))}
        </View>
      ) : null}
      <ReasonField step={reject} className='market-detail__reject' id='listing-reason' label='不通过的原因' max={MARKET_LIMITS.reason} />
      <Banner id='listing-error' text={error} />
      {l.buyMax ? <BuyButtons listing={l} /> : null}
      <View className='page__actions'>
        {l.actions.map((a) =>
          a === 'reject' ? (
            <ActionButton key={a} id='listing-btn-reject' type='plain' loading={busy} onClick={() => void run('reject')}>
              {reject.open ? '确认不通过' : '不通过'}
            </ActionButton>
          ) : (
            <ActionButton key={a} id={`listing-btn-${a}`} type={BUTTONS[a].type} loading={busy} onClick={() => void run(a)}>
              {BUTTONS[a].text}
            </ActionButton>
          ),
        )}
      </View>
    </View>
  );
}

export default gatedPage('listing', (_, query) => <ListingDetail id={query('id')} />);
