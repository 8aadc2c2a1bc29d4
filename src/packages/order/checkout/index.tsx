import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import { gatedPage } from '@/components/gated-page';
import MainButton from '@/components/main-button';
import MockPaySheet from '@/components/mock-pay-sheet';
import StateView from '@/components/state-view';
import SubmitBar from '@/components/submit-bar';
import type { ListingView } from '@/contracts/market';
import { PAY_METHOD_LABELS, type OrderInputs, type PayMethod } from '@/contracts/order';
import type { Result } from '@/contracts/result';
import { useAction } from '@/hooks/use-action';
import { useResource } from '@/hooks/use-resource';
import { marketApi } from '@/services/market';
import { money, orderApi, removeFromCart, replaceWithOrder, stationCart } from '@/services/order';
import { pointsApi } from '@/services/points';
import { Stepper } from '../parts';
import { payOrder } from '../pay-flow';
import '../order.scss';

type Line = { listing: ListingView; qty: number };
type Source = { stationId?: string; listingId?: string; qty: number };

/** The lines to buy, each listing read again (price, stock, buyMax as they are now). */
async function loadLines(src: Source): Promise<Result<Line[]>> {
  const wanted = src.listingId
    ? [{ listingId: src.listingId, qty: src.qty }]
    : (stationCart(src.stationId ?? '')?.lines ?? []).map((l) => ({ listingId: l.listingId, qty: l.qty }));
  const answers = await Promise.all(wanted.map((w) => marketApi.detail({ id: w.listingId })));
  const failed = answers.find((a) => !a.ok && a.code !== 'MARKET_LISTING_NOT_FOUND');
  if (failed && !failed.ok) return failed;
  const lines = answers.flatMap((a, i) =>
    a.ok && a.data.buyMax ? [{ listing: a.data, qty: Math.min(wanted[i].qty, a.data.buyMax) }] : [],
  );
  return { ok: true, data: lines };
}

function Checkout({ src }: { src: Source }) {
  const res = useResource(() => loadLines(src), [src.stationId, src.listingId]);
  const balance = useResource(() => pointsApi.balance(), []);
  const [qty, setQty] = useState<Record<string, number>>({});
  const [method, setMethod] = useState<PayMethod>('wechat');
  const place = useAction(async (input: OrderInputs['placeOrder']) => {
    const placed = await orderApi.placeOrder(input);
    if (!placed.ok) return placed.message;
    // The order holds the stock now: the cart lets these lines go.
    removeFromCart(
      input.stationId,
      input.lines.map((l) => l.listingId),
    );
    const note = await payOrder(placed.data);
    replaceWithOrder(placed.data.id, note ?? undefined);
  });

  if (!res.data) {
    if (res.status === 'error')
      return <StateView id='checkout-state' status='error' error={res.error} onRetry={res.reload} retryId='checkout-btn-retry' />;
    return <StateView id='checkout-state' status='loading' />;
  }
  const lines = res.data.map((l) => ({ ...l, qty: qty[l.listing.id] ?? l.qty }));
  if (!lines.length) {
    return (
      <StateView
        id='checkout-state'
        status='empty'
        icon='货'
        title='没有可以买的商品'
        description='商品可能已经下架或卖完了，回集市看看别的吧。'
      />
    );
  }
  const station = lines[0].listing;
  const amountFen = lines.reduce((s, l) => s + l.listing.priceFen * l.qty, 0);
  const allPoints = lines.every((l) => l.listing.pointsPrice !== undefined);
  const points = allPoints ? lines.reduce((s, l) => s + (l.listing.pointsPrice ?? 0) * l.qty, 0) : undefined;
  const pay = allPoints ? method : 'wechat';
  const have = balance.data?.balance;

  const submit = () => place.run({ stationId: station.stationId, lines: lines.map((l) => ({ listingId: l.listing.id, qty: l.qty })), pay });

  return (
    <View id='checkout' className='page'>
      <View className='order__block'>
        <Text className='order__title'>{`取货站点：${station.stationName}`}</Text>
        <Text className='order__meta'>付款后凭6位取货码到站点取货。</Text>
      </View>
      <View className='order__block'>
        {lines.map((l, i) => (
          <View key={l.listing.id} id={`checkout-line-${i}`} className='order__line'>
            <View className='order__line-main'>
              <Text className='order__line-name'>{l.listing.name}</Text>
              <Text className='order__meta'>
                {`${money(l.listing.priceFen)}/${l.listing.unit}${l.listing.pointsPrice !== undefined ? ` 或 ${l.listing.pointsPrice} 积分` : ''}`}
              </Text>
              <Text className='order__meta'>{`最多可买 ${l.listing.buyMax ?? 0} ${l.listing.unit}`}</Text>
              <Stepper
                id={`checkout-qty-${i}`}
                value={l.qty}
                max={l.listing.buyMax ?? 1}
                onChange={(n) => setQty({ ...qty, [l.listing.id]: n })}
              />
            </View>
          </View>
        ))}
        <View className='order__total'>
          <Text>合计</Text>
          <Text id='checkout-total' className='order__amount'>
            {pay === 'points' ? `${points} 爱心积分` : money(amountFen)}
          </Text>
        </View>
      </View>
      <View className='order__block'>
        <Text className='order__title'>支付方式</Text>
        <View className='order__chips'>
          <Chip id='checkout-pay-wechat' selectable selected={pay === 'wechat'} onClick={() => setMethod('wechat')}>
            {`${PAY_METHOD_LABELS.wechat} ${money(amountFen)}`}
          </Chip>
          {allPoints ? (
            <Chip id='checkout-pay-points' selectable selected={pay === 'points'} onClick={() => setMethod('points')}>
              {`${PAY_METHOD_LABELS.points} ${points} 分`}
            </Chip>
          ) : null}
        </View>
        {allPoints ? (
          <Text id='checkout-balance' className='order__meta'>{`我的爱心积分：${have ?? '…'} 分`}</Text>
        ) : (
          <Text className='order__meta'>有商品不支持积分兑换，只能用微信支付。</Text>
        )}
      </View>
      <SubmitBar errorId='checkout-error' error={place.error}>
        <MainButton id='checkout-btn-submit' act={place} busyText='正在下单…' onTap={() => void submit()}>
          {pay === 'points' ? `用 ${points} 爱心积分兑换` : `微信支付 ${money(amountFen)}`}
        </MainButton>
      </SubmitBar>
      <MockPaySheet />
    </View>
  );
}

/** ?stationId= (that station's cart) or ?listingId=&qty= (立即购买). */
export default gatedPage('checkout', (_, query) => (
  <Checkout src={{ stationId: query('stationId'), listingId: query('listingId'), qty: Math.max(1, Number(query('qty')) || 1) }} />
));
