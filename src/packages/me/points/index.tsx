import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import PagedListView from '@/components/paged-list-view';
import PointsEntry from '@/components/points-entry';
import SessionGate from '@/components/session-gate';
import { POINTS_SOURCE_LABELS, type PointsEntryView, type PointsTotals } from '@/contracts/points';
import { usePagedList } from '@/hooks/use-paged-list';
import { useResource, type Resource } from '@/hooks/use-resource';
import { ROUTES } from '@/services/env';
import { pointsApi } from '@/services/points';
import './index.scss';

/** What an entry was for, in plain words. */
function entryLabel(e: PointsEntryView): string {
  if (e.source === 'order') return e.kind === 'refund' ? '集市退还' : '集市兑换';
  return POINTS_SOURCE_LABELS[e.source] ?? '其他';
}

function Balance({ totals }: { totals: Resource<PointsTotals> }) {
  const t = totals.data;
  return (
    <View id='points-hero' className='points-hero'>
      <Text className='points-hero__label'>我的爱心积分</Text>
      <View className='points-hero__row'>
        <Text id='points-balance' className='points-hero__balance'>
          {t ? t.balance : '…'}
        </Text>
        <Text className='points-hero__unit'>分</Text>
      </View>
      {t ? (
        <View className='points-hero__totals'>
          <Text id='points-earned'>累计获得 {t.earned} 分</Text>
          <Text id='points-spent'>已经使用 {t.spent} 分</Text>
        </View>
      ) : null}
      {totals.status === 'error' ? (
        <View id='points-balance-error' className='points-hero__error'>
          <Text>{totals.error?.message ?? '积分没有查到'}</Text>
          <ActionButton id='points-btn-balance-retry' type='secondary' size='compact' onClick={totals.reload}>
            重试
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}

function MyPoints() {
  const totals = useResource(() => pointsApi.balance(), []);
  const list = usePagedList<PointsEntryView>((cursor, limit) => pointsApi.history({ cursor, limit }), [], { pageEvents: false });
  usePullDownRefresh(() => {
    void Promise.all([totals.reload(), list.refresh()]).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  return (
    <View className='page'>
      <Balance totals={totals} />
      <Card id='points-guide' title='积分有什么用'>
        <Text className='page__text'>
          参加志愿服务、帮邻居实现微心愿，或者文明行为受到站点表扬，都能得到爱心积分。积分可以在“善星小集”换农产品。
        </Text>
      </Card>
      <Text className='page__section'>积分明细</Text>
      <PagedListView
        list={list}
        idPrefix='points-history'
        className='page__list'
        empty={{
          icon: '分',
          title: '还没有积分记录',
          text: '报名参加志愿活动，服务时长确认后就能得到积分。',
          action: { id: 'points-btn-events', label: '看看志愿活动', to: ROUTES.event, how: 'tab', type: 'secondary' },
        }}
      >
        {(e) => <PointsEntry id={`points-entry-${e.id}`} entry={e} label={entryLabel(e)} />}
      </PagedListView>
    </View>
  );
}

/** 爱心积分: the balance, what points are for, and every entry, newest first (pull down to refresh). */
export default function PointsPage() {
  return <SessionGate idPrefix='points'>{(user) => <MyPoints key={user.id} />}</SessionGate>;
}
