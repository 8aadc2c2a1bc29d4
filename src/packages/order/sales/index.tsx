import { Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import { gatedPage } from '@/components/gated-page';
import PagedListView from '@/components/paged-list-view';
import { ORDER_STATE_LABELS, PAY_METHOD_LABELS, type SaleView } from '@/contracts/order';
import { PAGE_MAX } from '@/contracts/paging';
import { usePagedList, type PagedList } from '@/hooks/use-paged-list';
import { formatTime, money, ORDER_STATE_TONE, orderApi } from '@/services/order';
import '../order.scss';

type Sale = SaleView & { id: string };
type Month = { key: string; orders: number; incomeFen: number; points: number; refunds: number };

const REFUNDED: readonly string[] = ['refunding', 'refunded'];

/** Income per month over the sales loaded (newest first): orders, 元 earned, points, refunds apart. */
function months(items: readonly Sale[]): Month[] {
  const by = new Map<string, Month>();
  for (const s of items) {
    const d = new Date(s.paidAt ?? s.completedAt ?? 0);
    const key = `${d.getFullYear()}年${d.getMonth() + 1}月`;
    const m = by.get(key) ?? { key, orders: 0, incomeFen: 0, points: 0, refunds: 0 };
    if (REFUNDED.includes(s.state)) m.refunds += 1;
    else {
      m.orders += 1;
      m.incomeFen += s.incomeFen;
      m.points += s.points ?? 0;
    }
    by.set(key, m);
  }
  return [...by.values()];
}

function MonthTotals({ list }: { list: PagedList<Sale> }) {
  if (list.status !== 'ready') return null;
  return (
    <View id='sales-months' className='order__block'>
      <Text className='order__title'>每月收入</Text>
      {months(list.items).map((m, i) => (
        <View key={m.key} id={`sales-month-${i}`} className='order__line'>
          <View className='order__line-main'>
            <Text className='order__line-name'>{m.key}</Text>
            <Text className='order__meta'>{`${m.orders} 笔${m.points ? ` · 积分 ${m.points} 分` : ''}${m.refunds ? ` · 退款 ${m.refunds} 笔` : ''}`}</Text>
          </View>
          <Text id={`sales-month-${i}-income`} className='order__amount'>
            {money(m.incomeFen)}
          </Text>
        </View>
      ))}
      {list.hasMore ? <Text className='order__meta'>还有更早的订单没有算进来，往下翻到底会接着加载。</Text> : null}
      <Text className='order__meta'>收入 = 货款 − 平台服务费；积分兑换的订单按积分计，退款的订单不算收入。</Text>
    </View>
  );
}

function SaleRow({ sale: s }: { sale: Sale }) {
  const id = `sales-item-${s.orderId}`;
  const refunded = REFUNDED.includes(s.state);
  return (
    <View id={id} className='order__card'>
      <View className='order__head'>
        <Text className='order__line-name'>{s.lines.map((l) => `${l.name} ${l.qty}${l.unit}`).join('、')}</Text>
        <Chip id={`${id}-state`} status={s.state} tone={ORDER_STATE_TONE[s.state]}>
          {ORDER_STATE_LABELS[s.state]}
        </Chip>
      </View>
      <Text className='order__meta'>{`${s.stationName} · ${PAY_METHOD_LABELS[s.payMethod]}${s.loveBuy ? ' · 爱心采购' : ''}`}</Text>
      {s.paidAt ? <Text className='order__meta'>{`付款 ${formatTime(s.paidAt)}`}</Text> : null}
      <Text className='order__meta'>{`货款 ${money(s.amountFen)}${s.feeFen ? ` · 服务费 ${money(s.feeFen)}` : ''}`}</Text>
      <Text id={`${id}-income`} className='order__amount'>
        {refunded ? '已退款，不计收入' : s.payMethod === 'points' ? `${s.points ?? 0} 积分` : `收入 ${money(s.incomeFen)}`}
      </Text>
    </View>
  );
}

/** 我的销售: each paid order with the producer's lines, and income per month. Staff: ?producerId=. */
function Sales({ producerId }: { producerId?: string }) {
  const list = usePagedList<Sale>(
    async (cursor, limit) => {
      const r = await orderApi.mySales({ ...(producerId ? { producerId } : {}), cursor, limit });
      return r.ok ? { ok: true, data: { items: r.data.items.map((s) => ({ ...s, id: s.orderId })), next: r.data.next } } : r;
    },
    [producerId],
    { pageSize: PAGE_MAX },
  );
  return (
    <View id='sales' className='page'>
      <MonthTotals list={list} />
      <Text className='page__section'>每笔订单</Text>
      <PagedListView
        list={list}
        idPrefix='sales'
        empty={{ icon: '售', title: '还没有卖出的商品', text: '买家付款后，订单和收入会出现在这里。' }}
      >
        {(s) => <SaleRow sale={s} />}
      </PagedListView>
    </View>
  );
}

export default gatedPage('sales-page', (_, query) => <Sales producerId={query('producerId')} />);
