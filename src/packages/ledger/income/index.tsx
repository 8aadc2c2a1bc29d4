import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import StateView from '@/components/state-view';
import { ORDER_ROUTES } from '@/contracts/routes';
import { useResource } from '@/hooks/use-resource';
import { ledgerApi, monthLabel, yuan } from '@/services/ledger';
import '../ledger.scss';

/** 每月收入: a producer's income per month (the latest 12) from myIncome; each order is on 我的销售. ?producerId= for staff. */
function Income({ producerId }: { producerId?: string }) {
  const res = useResource(() => ledgerApi.myIncome(producerId ? { producerId } : {}), [producerId]);
  if (res.status === 'loading' && !res.data) return <StateView id='income-state' status='loading' title='正在计算收入…' />;
  if (res.status === 'error' || !res.data)
    return <StateView id='income-state' status='error' error={res.error} onRetry={() => void res.reload()} retryId='income-btn-retry' />;
  const months = res.data.months;
  const openSales = () =>
    void Taro.navigateTo({ url: `${ORDER_ROUTES.sales}${producerId ? `?producerId=${encodeURIComponent(producerId)}` : ''}` });
  return (
    <View id='income' className='page'>
      {months.length === 0 ? (
        <StateView id='income-state' status='empty' icon='收' title='最近一年还没有收入' description='买家付款后，收入会按月算在这里。' />
      ) : (
        months.map((m, i) => (
          <View key={m.month} id={`income-month-${i}`} data-month={m.month} className='ledger__card'>
            <View className='ledger__row'>
              <Text className='ledger__title'>{monthLabel(m.month)}</Text>
              <Text id={`income-month-${i}-income`} className='ledger__value'>
                {yuan(m.incomeFen)}
              </Text>
            </View>
            <Text className='ledger__meta'>{`${m.orders} 单 · 货款 ${yuan(m.amountFen)}${m.feeFen ? ` · 平台服务费 ${yuan(m.feeFen)}` : ''}`}</Text>
            {m.pointsOrders ? <Text className='ledger__meta'>{`积分兑换 ${m.pointsOrders} 单 · ${m.points} 积分`}</Text> : null}
            {m.refundedOrders ? (
              <Text className='ledger__meta'>{`退款 ${m.refundedOrders} 单 · ${yuan(m.refundFen)}（不算收入）`}</Text>
            ) : null}
          </View>
        ))
      )}
      <View className='ledger__block'>
        <Text className='ledger__meta'>收入 = 货款 − 平台服务费；已付款的订单都算进付款的那个月，退款的不算。</Text>
        <View className='ledger__actions'>
          <ActionButton id='income-btn-sales' type='plain' onClick={openSales}>
            查看每一笔订单
          </ActionButton>
        </View>
      </View>
    </View>
  );
}

export default gatedPage('income-page', (_, query) => <Income producerId={query('producerId')} />);
