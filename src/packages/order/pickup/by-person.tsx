import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import { readUserCode, scanQrThen } from '@/components/person-finder/scan-code';
import SubmitBar from '@/components/submit-bar';
import TextField from '@/components/text-field';
import type { BuyerPickupItem, BuyerPickupsView } from '@/contracts/order';
import { IS_WEAPP } from '@/services/env';
import { orderApi } from '@/services/order';
import { LineRow, orderTotal } from '../parts';

/** One order waiting for the person: its lines, and 交付 while the server offers it. */
function Item({ item, index, busy, onHandOver }: { item: BuyerPickupItem; index: number; busy: boolean; onHandOver: () => void }) {
  const o = item.order;
  const id = `pickup-person-order-${index}`;
  const done = o.state === 'completed';
  return (
    <View id={id} className='order__block' data-order={o.id} data-state={o.state}>
      {o.lines.map((l, i) => (
        <LineRow key={l.listingId} id={`${id}-line-${i}`} line={l} points={o.payMethod === 'points'} />
      ))}
      <View className='order__total'>
        <Text>合计</Text>
        <Text className='order__amount'>{orderTotal(o)}</Text>
      </View>
      {done ? (
        <Text id={`${id}-done`} className='order__title'>
          已交付，请把货交给买家
        </Text>
      ) : null}
      {!done && item.actions.includes('handOver') ? (
        <View className='page__actions'>
          <ActionButton id={`${id}-btn-handover`} type='primary' size='large' loading={busy} loadingText='正在交付…' onClick={onHandOver}>
            交付这一单
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}

/**
 * Pickup by the buyer's 个人码 (for buyers who cannot find their 6-digit code): the code is read (scanned in
 * the mini program, pasted in H5), the server answers the person's orders waiting at this station, and each
 * is handed over with one tap (the 个人码 is sent again, so it must still be fresh).
 */
export function ByPerson({ stationId }: { stationId: string }) {
  const [text, setText] = useState('');
  const [seen, setSeen] = useState<{ code: string; view: BuyerPickupsView }>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  async function look(raw: string) {
    const c = readUserCode(raw);
    if (!c) return setError('这不是有效的个人码，请让买家打开“我的”页面出示个人码');
    setBusy('look');
    setError(undefined);
    const r = await orderApi.buyerPickups({ stationId, code: c, limit: 20 });
    setBusy(undefined);
    if (!r.ok) return setError(r.fields?.code ?? r.message);
    setSeen({ code: c, view: r.data });
  }

  const scan = () => scanQrThen(look);

  async function handOver(orderId: string) {
    if (!seen) return;
    setBusy(orderId);
    setError(undefined);
    const r = await orderApi.handOverByCode({ stationId, code: seen.code, orderId });
    setBusy(undefined);
    if (!r.ok) return setError(r.message);
    const items = seen.view.items.map((i) => (i.order.id === orderId ? { order: r.data, actions: [] } : i));
    setSeen({ ...seen, view: { ...seen.view, items } });
  }

  if (seen) {
    const v = seen.view;
    return (
      <View id='pickup-person'>
        <View className='order__block'>
          <Text id='pickup-person-buyer' className='order__title'>{`${v.buyerName}${v.buyerPhone ? ` ${v.buyerPhone}` : ''}`}</Text>
          <Text className='order__meta'>
            {v.items.length ? `在「${v.stationName}」有 ${v.items.length} 单待取货` : `在「${v.stationName}」没有待取货的订单`}
          </Text>
        </View>
        {v.items.map((item, i) => (
          <Item key={item.order.id} item={item} index={i} busy={busy === item.order.id} onHandOver={() => void handOver(item.order.id)} />
        ))}
        <SubmitBar errorId='pickup-person-error' error={error}>
          <ActionButton
            id='pickup-person-btn-other'
            type='secondary'
            onClick={() => (setSeen(undefined), setText(''), setError(undefined))}
          >
            换一位买家
          </ActionButton>
        </SubmitBar>
      </View>
    );
  }
  return (
    <View id='pickup-by-person' className='order__block'>
      <Text className='order__title'>凭个人码取货</Text>
      <Text className='order__meta'>买家找不到取货码时，请对方打开“我的 › 个人码”，就能看到他在本站点待取货的订单。</Text>
      {IS_WEAPP ? null : (
        <TextField
          id='pickup-usercode'
          label='买家的个人码'
          value={text}
          onChange={setText}
          max={200}
          placeholder='粘贴买家的个人码'
          onConfirm={() => void look(text)}
        />
      )}
      <SubmitBar errorId='pickup-person-error' error={error}>
        {IS_WEAPP ? (
          <ActionButton
            id='pickup-btn-scan-person'
            type='secondary'
            size='large'
            loading={busy === 'look'}
            loadingText='正在查找…'
            onClick={() => void scan()}
          >
            扫买家的个人码
          </ActionButton>
        ) : (
          <ActionButton
            id='pickup-btn-person'
            type='secondary'
            size='large'
            loading={busy === 'look'}
            loadingText='正在查找…'
            onClick={() => void look(text)}
          >
            查看待取订单
          </ActionButton>
        )}
      </SubmitBar>
    </View>
  );
}
