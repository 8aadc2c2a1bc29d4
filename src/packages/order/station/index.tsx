import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import PagedListView from '@/components/paged-list-view';
import StateView from '@/components/state-view';
import type { OrderView, VisibleOrderState } from '@/contracts/order';
import type { UserView } from '@/contracts/user';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { openStationPicker } from '@/services/nav';
import { openOrderPage, orderApi } from '@/services/order';
import { OrderCard } from '../parts';
import StateChips from '../state-chips';
import { useStaffStation } from '../station-choice';
import '../order.scss';

/** One order at the station: its card and, from its actions, 备好货 here; 退款 opens the order (a reason there). */
function StationOrder({ order, onChanged }: { order: OrderView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const open = () => openOrderPage('detail', { id: order.id });
  async function ready() {
    setBusy(true);
    setError(undefined);
    const r = await orderApi.markReady({ orderId: order.id });
    setBusy(false);
    if (r.ok) onChanged();
    else setError(r.message);
  }
  const id = `station-orders-item-${order.id}`;
  return (
    <OrderCard idPrefix='station-orders' order={order} onClick={open}>
      {order.actions.includes('markReady') || order.actions.includes('refund') ? (
        <View className='order__row-actions'>
          {order.actions.includes('markReady') ? (
            <ActionButton id={`${id}-btn-markReady`} type='primary' loading={busy} onClick={() => void ready()}>
              货已备好
            </ActionButton>
          ) : null}
          {order.actions.includes('refund') ? (
            <ActionButton id={`${id}-btn-refund`} type='plain' onClick={open}>
              退款
            </ActionButton>
          ) : null}
        </View>
      ) : null}
      {error ? (
        <Text id={`${id}-error`} className='order__error'>
          {error}
        </Text>
      ) : null}
    </OrderCard>
  );
}

function StationOrders({ stationId }: { stationId: string }) {
  const [state, setState] = useState<VisibleOrderState | undefined>('paid');
  const list = usePagedList<OrderView>(
    (cursor, limit) => orderApi.stationOrders({ stationId, ...(state ? { state } : {}), cursor, limit }),
    [stationId, state],
  );
  useShownAgain(() => void list.refresh());
  return (
    <>
      <StateChips idPrefix='station-orders' value={state} onChange={setState} />
      <PagedListView
        list={list}
        idPrefix='station-orders'
        empty={{ icon: '单', title: '这一类没有订单', text: '买家付款后，订单出现在“待自提”里；买家来取时点上面的“核销取货”。' }}
      >
        {(o) => <StationOrder order={o} onChanged={() => void list.refresh()} />}
      </PagedListView>
    </>
  );
}

/** The shopkeeper's orders at a station: by state, 货已备好, 退款, and the way to 核销取货. ?stationId= */
function Station({ user, stationParam }: { user: UserView; stationParam: string }) {
  const home = user.homeStationId ? { id: user.homeStationId, name: user.homeStationName ?? '' } : undefined;
  const station = useStaffStation(stationParam, home);
  return (
    <View id='station-orders' className='page'>
      <View className='order__block'>
        <Text id='station-orders-name' className='order__title'>
          {station ? station.name || '本站点' : '还没有选择站点'}
        </Text>
        <View className='order__pay'>
          {station ? (
            <ActionButton
              id='station-orders-btn-pickup'
              type='primary'
              size='large'
              onClick={() => openOrderPage('pickup', { stationId: station.id, stationName: station.name })}
            >
              核销取货（输入或扫取货码）
            </ActionButton>
          ) : null}
          <ActionButton id='station-orders-btn-station' type={station ? 'plain' : 'primary'} onClick={() => openStationPicker('pick')}>
            {station ? '换一个站点' : '选择站点'}
          </ActionButton>
        </View>
      </View>
      {station ? (
        <StationOrders stationId={station.id} />
      ) : (
        <StateView
          id='station-orders-state'
          status='empty'
          icon='站'
          title='请选择您管理的站点'
          description='选好站点后，这里列出在该站点自提的订单。'
        />
      )}
    </View>
  );
}

export default gatedPage('station-orders-page', (user, query) => <Station user={user} stationParam={query('stationId')} />);
