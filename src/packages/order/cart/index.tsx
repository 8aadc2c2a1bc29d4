import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import StateView from '@/components/state-view';
import { ROUTES } from '@/contracts/routes';
import { switchTab } from '@/services/nav';
import { money, openOrderPage, readCarts, removeFromCart, setCartQty, type StationCart } from '@/services/order';
import { Stepper } from '../parts';
import '../order.scss';

/** One pickup station's cart: its lines with steppers, the total, 去结算 (an order takes one station's lines). */
function StationBlock({ cart, onChange }: { cart: StationCart; onChange: () => void }) {
  const id = `cart-${cart.stationId}`;
  const total = cart.lines.reduce((s, l) => s + l.priceFen * l.qty, 0);
  return (
    <View id={id} className='order__block'>
      <Text className='order__title'>{`在「${cart.stationName}」取货`}</Text>
      {cart.lines.map((l) => (
        <View key={l.listingId} id={`${id}-line-${l.listingId}`} className='order__line'>
          <View className='order__line-main'>
            <Text className='order__line-name'>{l.name}</Text>
            <Text className='order__meta'>{`${money(l.priceFen)}/${l.unit}`}</Text>
            <Stepper
              id={`${id}-qty-${l.listingId}`}
              value={l.qty}
              max={l.max}
              onChange={(n) => {
                setCartQty(cart.stationId, l.listingId, n);
                onChange();
              }}
            />
          </View>
          <ActionButton
            id={`${id}-remove-${l.listingId}`}
            type='plain'
            size='compact'
            className='order__remove'
            onClick={() => {
              removeFromCart(cart.stationId, [l.listingId]);
              onChange();
            }}
          >
            删除
          </ActionButton>
        </View>
      ))}
      <View className='order__total'>
        <Text>合计</Text>
        <Text id={`${id}-total`} className='order__amount'>
          {money(total)}
        </Text>
      </View>
      <View className='order__pay'>
        <ActionButton
          id={`${id}-btn-checkout`}
          type='primary'
          size='large'
          onClick={() => openOrderPage('checkout', { stationId: cart.stationId })}
        >
          去结算
        </ActionButton>
      </View>
    </View>
  );
}

function Cart() {
  const [carts, setCarts] = useState(readCarts);
  useDidShow(() => setCarts(readCarts()));
  if (!carts.length) {
    return (
      <StateView id='cart-state' status='empty' icon='车' title='购物车是空的' description='在集市里挑好农产品，点“加入购物车”。'>
        <ActionButton id='cart-btn-market' type='primary' onClick={() => switchTab(ROUTES.market)}>
          去集市看看
        </ActionButton>
      </StateView>
    );
  }
  return (
    <View id='cart' className='page'>
      <Text className='page__lead'>一个订单只能在同一个站点取货，不同站点的商品请分开结算。</Text>
      {carts.map((c) => (
        <StationBlock key={c.stationId} cart={c} onChange={() => setCarts(readCarts())} />
      ))}
    </View>
  );
}

export default gatedPage('cart', () => <Cart />);
