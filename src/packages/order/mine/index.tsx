import { useState } from 'react';
import { View } from '@tarojs/components';
import { gatedPage } from '@/components/gated-page';
import PagedListView from '@/components/paged-list-view';
import type { OrderView, VisibleOrderState } from '@/contracts/order';
import { ROUTES } from '@/contracts/routes';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { openOrderPage, orderApi } from '@/services/order';
import { OrderCard } from '../parts';
import StateChips from '../state-chips';
import '../order.scss';

/** 我的订单: newest first, by state, paged, pull down to refresh; an order opens its detail (取货码 there). */
function MyOrders() {
  const [state, setState] = useState<VisibleOrderState>();
  const list = usePagedList<OrderView>((cursor, limit) => orderApi.myOrders({ ...(state ? { state } : {}), cursor, limit }), [state]);
  useShownAgain(() => void list.refresh());
  return (
    <View id='my-orders' className='page'>
      <StateChips idPrefix='my-orders' value={state} onChange={setState} />
      <PagedListView
        list={list}
        idPrefix='my-orders'
        empty={{
          icon: '单',
          title: state ? '这一类没有订单' : '还没有订单',
          text: '在集市挑好农产品下单，付款后凭取货码到站点取货。',
          action: { id: 'my-orders-btn-market', label: '去集市看看', to: ROUTES.market, how: 'tab' },
        }}
      >
        {(o) => <OrderCard idPrefix='my-orders' order={o} onClick={() => openOrderPage('detail', { id: o.id })} />}
      </PagedListView>
    </View>
  );
}

export default gatedPage('my-orders-page', () => <MyOrders />);
