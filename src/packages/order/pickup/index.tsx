import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import StateView from '@/components/state-view';
import SubmitBar from '@/components/submit-bar';
import TextField from '@/components/text-field';
import { ORDER_RULES, pickupCodeFrom, type OrderView } from '@/contracts/order';
import { IS_WEAPP } from '@/services/env';
import { openOrderPage, orderApi } from '@/services/order';
import { LineRow, orderTotal } from '../parts';
import { ByPerson } from './by-person';
import '../order.scss';

/** The order just handed over: what to give the buyer. */
function Done({ order: o, onNext }: { order: OrderView; onNext: () => void }) {
  return (
    <View id='pickup-done' className='order__block'>
      <Text id='pickup-done-title' className='order__title'>
        核销成功，请把货交给买家
      </Text>
      {o.buyerName ? (
        <Text id='pickup-done-buyer' className='order__meta'>{`买家：${o.buyerName}${o.buyerPhone ? ` ${o.buyerPhone}` : ''}`}</Text>
      ) : null}
      {o.lines.map((l, i) => (
        <LineRow key={l.listingId} id={`pickup-done-line-${i}`} line={l} points={o.payMethod === 'points'} />
      ))}
      <View className='order__total'>
        <Text>合计</Text>
        <Text className='order__amount'>{orderTotal(o)}</Text>
      </View>
      <View className='order__pay'>
        <ActionButton id='pickup-btn-next' type='primary' size='large' onClick={onNext}>
          核销下一单
        </ActionButton>
        <ActionButton id='pickup-btn-open' type='plain' onClick={() => openOrderPage('detail', { id: o.id })}>
          查看订单
        </ActionButton>
      </View>
    </View>
  );
}

/** Staff of the pickup station type the buyer's 6 digits, or (mini program) scan the buyer's QR. */
function Pickup({ stationId, stationName }: { stationId: string; stationName?: string }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<OrderView>();

  async function verify(text: string) {
    const c = pickupCodeFrom(text);
    if (!c) return setError(`取货码是${ORDER_RULES.pickupCodeDigits}位数字`);
    setBusy(true);
    setError(undefined);
    const r = await orderApi.verifyPickup({ stationId, code: c });
    setBusy(false);
    if (!r.ok) return setError(r.fields?.code ?? r.message);
    setCode('');
    setDone(r.data);
  }

  async function scan() {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true });
      setCode(pickupCodeFrom(result) ?? '');
      await verify(result);
    } catch {
      // Closed the camera: nothing to do.
    }
  }

  if (done) return <Done order={done} onNext={() => setDone(undefined)} />;
  return (
    <View className='order__block'>
      <Text className='order__title'>{stationName ? `在「${stationName}」取货` : '本站点取货'}</Text>
      <Text className='order__meta'>请买家出示订单里的6位取货码。一个码只能用一次，只能在下单时选的站点用。</Text>
      <TextField
        id='pickup-code'
        label='取货码'
        value={code}
        onChange={setCode}
        max={ORDER_RULES.pickupCodeDigits}
        type='number'
        placeholder='输入6位数字'
        onConfirm={() => void verify(code)}
      />
      <SubmitBar errorId='pickup-error' error={error}>
        <ActionButton
          id='pickup-btn-verify'
          type='primary'
          size='large'
          loading={busy}
          loadingText='正在核销…'
          onClick={() => void verify(code)}
        >
          核销
        </ActionButton>
        {IS_WEAPP ? (
          <ActionButton id='pickup-btn-scan' type='secondary' size='large' disabled={busy} onClick={() => void scan()}>
            扫买家的取货二维码
          </ActionButton>
        ) : null}
      </SubmitBar>
    </View>
  );
}

/** ?stationId= (and its name) from 站点订单. */
export default gatedPage('pickup-page', (_, query) => {
  const stationId = query('stationId');
  return (
    <View id='pickup' className='page'>
      {stationId ? (
        <>
          <Pickup stationId={stationId} stationName={query('stationName') || undefined} />
          <ByPerson stationId={stationId} />
        </>
      ) : (
        <StateView id='pickup-state' status='empty' icon='站' title='没有选择站点' description='请从“站点订单”进入，先选好站点。' />
      )}
    </View>
  );
});
