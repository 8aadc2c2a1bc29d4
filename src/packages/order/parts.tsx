import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import { ORDER_STATE_LABELS, PAY_METHOD_LABELS, type OrderLineView, type OrderView } from '@/contracts/order';
import { ORDER_STATE_TONE, formatTime, money } from '@/services/order';

/** − n + with the stock and the per-buyer limit as its top (`max`, from the listing's buyMax). */
export function Stepper({ id, value, max, onChange }: { id: string; value: number; max: number; onChange: (n: number) => void }) {
  const down = value > 1;
  const up = value < max;
  return (
    <View id={id} className='stepper'>
      <View
        id={`${id}-minus`}
        className={`stepper__btn${down ? '' : ' stepper__btn--off'}`}
        aria-label='减少'
        onClick={() => down && onChange(value - 1)}
      >
        −
      </View>
      <Text id={`${id}-qty`} className='stepper__qty'>
        {value}
      </Text>
      <View
        id={`${id}-plus`}
        className={`stepper__btn${up ? '' : ' stepper__btn--off'}`}
        aria-label='增加'
        onClick={() => up && onChange(value + 1)}
      >
        +
      </View>
    </View>
  );
}

/** 12 斤 × ¥3.50 = ¥42.00 (and the points when the order is paid in points). */
export function LineRow({ id, line, points }: { id: string; line: OrderLineView; points: boolean }) {
  const each = points && line.pointsPrice !== undefined ? `${line.pointsPrice} 积分` : money(line.priceFen);
  const sum = points && line.points !== undefined ? `${line.points} 积分` : money(line.amountFen);
  return (
    <View id={id} className='order__line'>
      <View className='order__line-main'>
        <Text className='order__line-name'>{line.name}</Text>
        <Text className='order__meta'>{`${line.qty} ${line.unit} × ${each}`}</Text>
      </View>
      <Text className='order__line-name'>{sum}</Text>
    </View>
  );
}

/** What the order costs, as it was paid: ¥ for WeChat, points for 爱心积分. */
export function orderTotal(o: Pick<OrderView, 'payMethod' | 'amountFen' | 'pointsTotal'>): string {
  return o.payMethod === 'points' && o.pointsTotal !== undefined ? `${o.pointsTotal} 爱心积分` : money(o.amountFen);
}

/** An order in a list: station, state, what was bought, the total; tapping opens it. */
export function OrderCard({
  idPrefix,
  order: o,
  onClick,
  children,
}: {
  idPrefix: string;
  order: OrderView;
  onClick: () => void;
  children?: ReactNode;
}) {
  const id = `${idPrefix}-item-${o.id}`;
  const first = o.lines[0];
  const what = `${first?.name ?? ''} ${first?.qty ?? ''}${first?.unit ?? ''}${o.lines.length > 1 ? ` 等${o.lines.length}种` : ''}`;
  return (
    <View id={id} className='order__card'>
      <View id={`${id}-open`} className='order__card-main' onClick={onClick}>
        <View className='order__head'>
          <Text className='order__line-name'>{o.stationName}</Text>
          <Chip id={`${id}-state`} status={o.state} tone={ORDER_STATE_TONE[o.state]}>
            {ORDER_STATE_LABELS[o.state]}
          </Chip>
        </View>
        <Text className='order__meta'>{what}</Text>
        {o.buyerName ? <Text className='order__meta'>{`买家：${o.buyerName}${o.buyerPhone ? ` ${o.buyerPhone}` : ''}`}</Text> : null}
        <Text className='order__meta'>{`${formatTime(o.createdAt)} · ${PAY_METHOD_LABELS[o.payMethod]}${o.loveBuy ? ' · 爱心采购' : ''}`}</Text>
        <Text id={`${id}-total`} className='order__amount'>
          {orderTotal(o)}
        </Text>
      </View>
      {children}
    </View>
  );
}
