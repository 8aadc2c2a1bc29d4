import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import ErrorLine from '@/components/error-line';
import FactRow from '@/components/fact-row';
import { gatedPage } from '@/components/gated-page';
import MainButton from '@/components/main-button';
import StateView from '@/components/state-view';
import type { LedgerView, MoneyFigures } from '@/contracts/ledger';
import type { UserView } from '@/contracts/user';
import { useAction } from '@/hooks/use-action';
import { useResource } from '@/hooks/use-resource';
import { adminApi } from '@/services/admin';
import { ledgerApi, monthLabel, openExport, openLedgerPage, shiftMonth, thisMonth, yuan } from '@/services/ledger';
import '../ledger.scss';

type Scope = { id: string; name: string };

/** The nodes the user works at as staff (a 站, a 所, the county for admins), from their roles. */
const scopesOf = (user: UserView): Scope[] =>
  user.roles.filter((r) => r.role === 'staff' || r.role === 'admin').map((r) => ({ id: r.nodeId, name: r.nodeName ?? r.nodeId }));

const Row = ({ value, ...p }: { id: string; label: string; value: string }) => (
  <FactRow block='ledger' {...p}>
    {value}
  </FactRow>
);

const moneyLine = (f: MoneyFigures) => `${f.orders} 单 · ${f.units} 件 · ${yuan(f.amountFen)}`;

function Totals({ v }: { v: LedgerView }) {
  return (
    <View id='ledger-totals' className='ledger__block'>
      <Text className='ledger__title'>本月销售（已取货）</Text>
      <Row id='ledger-sales-orders' label='订单数' value={`${v.sales.orders} 单`} />
      <Row id='ledger-sales-units' label='件数' value={`${v.sales.units} 件`} />
      <Row id='ledger-sales-amount' label='销售额' value={yuan(v.sales.amountFen)} />
      <Row id='ledger-sales-fee' label='平台服务费' value={yuan(v.sales.feeFen)} />
      <Row id='ledger-sales-income' label='农户收入' value={yuan(v.sales.incomeFen)} />
      <Row id='ledger-supported' label={`其中帮扶产品（${v.supported.producers} 户）`} value={moneyLine(v.supported)} />
      <Row id='ledger-love-buy' label='其中爱心采购（单位购买）' value={moneyLine(v.loveBuy)} />
      <Text className='ledger__meta'>以下不计入销售：</Text>
      <Row id='ledger-points' label='积分兑换' value={`${v.points.orders} 单 · ${v.points.points} 积分`} />
      <Row id='ledger-refunds' label='退款' value={`${v.refunds.orders} 单 · ${yuan(v.refunds.amountFen)}`} />
      <Row id='ledger-awaiting' label='已付款待取货' value={`${v.awaitingPickup.orders} 单 · ${yuan(v.awaitingPickup.amountFen)}`} />
      {v.truncated ? <Text className='ledger__error'>农户太多，只列出了前 1000 行，请按站点分别查看。</Text> : null}
    </View>
  );
}

function Producers({ v }: { v: LedgerView }) {
  return (
    <View id='ledger-producers' className='ledger__block'>
      <Text className='ledger__title'>每位农户的收入</Text>
      {v.producers.length === 0 ? <Text className='ledger__meta'>这个月还没有卖出的商品。</Text> : null}
      {v.producers.map((p, i) => (
        <View key={`${p.producerId}-${p.supported ? 1 : 0}`} id={`ledger-producer-${i}`} className='ledger__row'>
          <View>
            <Text className='ledger__name'>{`${p.producerName}${p.supported ? '（帮扶）' : ''}`}</Text>
            <Text className='ledger__meta'>
              {`${p.orders} 单 · ${p.units} 件 · 销售 ${yuan(p.amountFen)}${p.feeFen ? ` · 服务费 ${yuan(p.feeFen)}` : ''}`}
              {p.pointsOrders ? ` · 积分 ${p.points}` : ''}
              {p.refundedOrders ? ` · 退款 ${p.refundedOrders} 单` : ''}
            </Text>
          </View>
          <Text id={`ledger-producer-${i}-income`} className='ledger__value'>
            {yuan(p.incomeFen)}
          </Text>
        </View>
      ))}
    </View>
  );
}

function Donations({ v, nodeId }: { v: LedgerView; nodeId: string }) {
  const d = v.donations;
  return (
    <View id='ledger-donations' className='ledger__block'>
      <Text className='ledger__title'>爱心物资捐赠（不计入销售）</Text>
      <Row id='ledger-donations-received' label='本月入库' value={`${d.received} 笔`} />
      <Row id='ledger-donations-handovers' label='本月发放' value={`${d.handovers} 次 · ${d.households} 户`} />
      {d.items.map((x, i) => (
        <Row
          key={`${x.item}-${x.unit}`}
          id={`ledger-donation-item-${i}`}
          label={x.item}
          value={`入库 ${x.donated}${x.unit} · 发放 ${x.handedOver}${x.unit}`}
        />
      ))}
      <View className='ledger__actions'>
        <ActionButton id='ledger-btn-donations' type='plain' onClick={() => openLedgerPage('donations', { nodeId })}>
          打开捐赠登记
        </ActionButton>
      </View>
    </View>
  );
}

function ExportButton({ nodeId, month }: { nodeId: string; month: string }) {
  const [done, setDone] = useState<{ note: string | null; url: string; name: string }>();
  const exporting = useAction(async () => {
    const r = await ledgerApi.exportLedger({ nodeId, month });
    if (!r.ok) return r.message;
    const note = await openExport(r.data.url, r.data.fileName);
    setDone({ note, url: r.data.url, name: r.data.fileName });
  });
  return (
    <View className='ledger__actions'>
      <MainButton id='ledger-btn-export' act={exporting} busyText='正在生成表格…'>
        导出表格
      </MainButton>
      <ErrorLine id='ledger-export-error' className='ledger__error' text={exporting.error} />
      {done ? (
        <View id='ledger-export-done' data-url={done.url}>
          {done.note ? <Text className='ledger__note'>{done.note}</Text> : null}
          {process.env.TARO_ENV === 'h5' ? (
            <Text id='ledger-export-link' className='ledger__link' onClick={() => void openExport(done.url, done.name)}>
              {done.name}
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

function Ledger({ nodeId, month }: { nodeId: string; month: string }) {
  const res = useResource(() => ledgerApi.stationLedger({ nodeId, month }), [nodeId, month]);
  if (res.status === 'loading' && !res.data) return <StateView id='ledger-state' status='loading' title='正在统计台账…' />;
  if (res.status === 'error' || !res.data)
    return <StateView id='ledger-state' status='error' error={res.error} onRetry={() => void res.reload()} retryId='ledger-btn-retry' />;
  const v = res.data;
  return (
    <View id='ledger-view' data-month={v.month} data-node={v.nodeId}>
      <Totals v={v} />
      <Producers v={v} />
      <Donations v={v} nodeId={nodeId} />
      <ExportButton nodeId={nodeId} month={month} />
    </View>
  );
}

/** 站点台账: a month of a node's market (sales, income per producer, the supported share, refunds, 爱心采购, donations). ?nodeId=&month= */
function StationLedger({ user, nodeParam, monthParam }: { user: UserView; nodeParam: string; monthParam: string }) {
  // The staff's own nodes first, then each station under them (a 所's staff may read one station's month).
  const stations = useResource(() => adminApi.scopeStations(), []);
  const own = scopesOf(user);
  const under = (stations.data?.items ?? []).filter((n) => !own.some((o) => o.id === n.id)).map((n) => ({ id: n.id, name: n.name }));
  const scopes = [...own, ...under];
  const [nodeId, setNodeId] = useState(nodeParam || (scopes[0]?.id ?? ''));
  const [month, setMonth] = useState(monthParam || thisMonth());
  if (!nodeId)
    return (
      <StateView
        id='ledger-state'
        status='empty'
        icon='账'
        title='只有站点管理员能看台账'
        description='站点或实践所的管理员可以在这里查看每个月的销售、农户收入和捐赠。'
      />
    );
  const latest = month >= thisMonth();
  return (
    <View id='ledger' className='page'>
      <View className='ledger__block'>
        {scopes.length > 1 ? (
          <View className='ledger__chips'>
            {scopes.map((s) => (
              <Chip key={s.id} id={`ledger-scope-${s.id}`} selectable selected={s.id === nodeId} onClick={() => setNodeId(s.id)}>
                {s.name}
              </Chip>
            ))}
          </View>
        ) : null}
        <View className='ledger__month'>
          <ActionButton id='ledger-btn-prev' type='plain' size='compact' onClick={() => setMonth(shiftMonth(month, -1))}>
            上个月
          </ActionButton>
          <Text id='ledger-month' className='ledger__month-name'>
            {monthLabel(month)}
          </Text>
          <ActionButton id='ledger-btn-next' type='plain' size='compact' disabled={latest} onClick={() => setMonth(shiftMonth(month, 1))}>
            下个月
          </ActionButton>
        </View>
      </View>
      <Ledger nodeId={nodeId} month={month} />
    </View>
  );
}

export default gatedPage('ledger-page', (user, query) => (
  <StationLedger user={user} nodeParam={query('nodeId')} monthParam={query('month')} />
));
