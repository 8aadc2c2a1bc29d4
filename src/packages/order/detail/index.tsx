import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import MockPaySheet from '@/components/mock-pay-sheet';
import QrCode from '@/components/qr-code';
import ReasonField, { useReasonStep } from '@/components/reason-field';
import { gatedPage } from '@/components/gated-page';
import { DetailState } from '@/components/resource-state';
import SubmitBar from '@/components/submit-bar';
import { ORDER_RULES, ORDER_STATE_LABELS, PAY_METHOD_LABELS, type OrderView, type OrderViewAction } from '@/contracts/order';
import { useResource } from '@/hooks/use-resource';
import { orderApi, ORDER_STATE_TONE, formatTime } from '@/services/order';
import { orgApi } from '@/services/org';
import { LineRow, orderTotal } from '../parts';
import { payOrder } from '../pay-flow';
import Countdown from './countdown';
import OrderSteps from './steps';
import '../order.scss';

const BUTTONS: Record<OrderViewAction, { text: string; type: 'primary' | 'secondary' | 'plain' | 'danger' }> = {
  pay: { text: '去支付', type: 'primary' },
  cancel: { text: '取消订单', type: 'plain' },
  markReady: { text: '货已备好，通知买家来取', type: 'primary' },
  refund: { text: '退款', type: 'danger' },
};

/** The pickup station: where it is and whom to call (from the org tree). */
function StationInfo({ stationId, stationName }: { stationId: string; stationName: string }) {
  const node = useResource(() => orgApi.node({ id: stationId }), [stationId]);
  const n = node.data;
  return (
    <View id='order-station' className='order__block'>
      <Text className='order__title'>{`取货站点：${stationName}`}</Text>
      {n ? <Text id='order-station-address' className='order__meta'>{`地址：${n.address}`}</Text> : null}
      {n?.contact ? (
        <View
          id='order-station-call'
          className='order__card-main'
          onClick={() => void Taro.makePhoneCall({ phoneNumber: n.contact!.phone }).catch(() => undefined)}
        >
          <Text className='order__meta'>{`联系人：${n.contact.name} ${n.contact.phone}（点一下拨打）`}</Text>
        </View>
      ) : null}
      <Text className='order__meta'>开放时间以站点公布为准，去之前可以先打电话问一下。</Text>
      {node.status === 'error' ? <Text className='order__meta'>站点地址暂时查不到，请下拉刷新。</Text> : null}
    </View>
  );
}

/** The buyer's 6-digit code, big, and as a QR the shopkeeper scans. */
function PickupCode({ order: o }: { order: OrderView }) {
  if (!o.pickupCode) return null;
  return (
    <View id='order-pickup' className='order__block'>
      <Text className='order__title'>取货码</Text>
      <Text id='order-pickup-code' className='order__code'>
        {o.pickupCode}
      </Text>
      {o.pickupQr ? (
        <View className='order__qr'>
          <QrCode id='order-pickup-qr' text={o.pickupQr} size='medium' label='取货二维码' />
        </View>
      ) : null}
      <Text className='order__meta'>到站点取货时，把这个码给店长看，或让店长扫一扫二维码。请不要告诉别人。</Text>
    </View>
  );
}

function OrderDetail({ id, note }: { id: string; note?: string }) {
  const res = useResource(() => orderApi.orderDetail({ orderId: id }), [id], !!id);
  const [after, setAfter] = useState<OrderView>();
  const [shownNote, setShownNote] = useState(note);
  const refund = useReasonStep();
  const [busy, setBusy] = useState<OrderViewAction>();
  const [error, setError] = useState<string>();
  const reload = async () => {
    setAfter(undefined);
    await res.reload();
  };
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  const o = after ?? res.data;
  if (!o) return <DetailState idPrefix='order' resource={res} />;

  async function run(action: OrderViewAction) {
    if (action === 'refund' && !refund.ask()) return;
    setBusy(action);
    setError(undefined);
    setShownNote(undefined);
    if (action === 'pay') {
      const failed = await payOrder(o!);
      setBusy(undefined);
      if (failed) setError(failed);
      return reload();
    }
    const r =
      action === 'cancel'
        ? await orderApi.cancelOrder({ orderId: id })
        : action === 'markReady'
          ? await orderApi.markReady({ orderId: id })
          : await orderApi.refundOrder({ orderId: id, reason: refund.reason.trim() });
    setBusy(undefined);
    if (!r.ok) return setError(r.fields?.reason ?? r.message);
    refund.close();
    setAfter(r.data);
  }

  return (
    <View id='order-detail' className='page'>
      <View className='order__block'>
        <View className='order__head'>
          <Text className='order__title'>{orderTotal(o)}</Text>
          <Chip id='order-state' status={o.state} tone={ORDER_STATE_TONE[o.state]}>
            {ORDER_STATE_LABELS[o.state]}
          </Chip>
        </View>
        <Text className='order__meta'>{`${PAY_METHOD_LABELS[o.payMethod]}${o.loveBuy ? ' · 爱心采购' : ''} · 下单于 ${formatTime(o.createdAt)}`}</Text>
        {o.state === 'pending_payment' ? <Countdown id='order-countdown' until={o.payBy} onEnd={() => void reload()} /> : null}
        {o.refundReason ? <Text id='order-refund-reason' className='order__meta'>{`退款原因：${o.refundReason}`}</Text> : null}
        {o.buyerName ? (
          <Text id='order-buyer' className='order__meta'>{`买家：${o.buyerName}${o.buyerPhone ? ` ${o.buyerPhone}` : ''}`}</Text>
        ) : null}
      </View>
      <PickupCode order={o} />
      <View className='order__block'>
        <OrderSteps order={o} />
      </View>
      <View id='order-lines' className='order__block'>
        {o.lines.map((l, i) => (
          <LineRow key={l.listingId} id={`order-line-${i}`} line={l} points={o.payMethod === 'points'} />
        ))}
        <View className='order__total'>
          <Text>合计</Text>
          <Text id='order-total' className='order__amount'>
            {orderTotal(o)}
          </Text>
        </View>
      </View>
      <StationInfo stationId={o.stationId} stationName={o.stationName} />
      {shownNote ? (
        <Text id='order-note' className='page__banner page__banner--info'>
          {shownNote}
        </Text>
      ) : null}
      <ReasonField
        step={refund}
        className='order__block'
        id='order-refund-reason-input'
        label='退款原因（买家能看到）'
        max={ORDER_RULES.reason}
      />
      {o.actions.length || error ? (
        <SubmitBar errorId='order-error' error={error}>
          {o.actions.map((a) => (
            <ActionButton
              key={a}
              id={`order-btn-${a}`}
              type={BUTTONS[a].type}
              size='large'
              loading={busy === a}
              disabled={!!busy && busy !== a}
              onClick={() => void run(a)}
            >
              {a === 'refund' && refund.open ? '确认退款' : BUTTONS[a].text}
            </ActionButton>
          ))}
        </SubmitBar>
      ) : null}
      <MockPaySheet />
    </View>
  );
}

/** ?id= the order; ?note= what the checkout has to say (a payment not finished). */
export default gatedPage('order', (_, query) => <OrderDetail id={query('id')} note={query('note') || undefined} />);
