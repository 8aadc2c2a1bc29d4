import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import PagedListView from '@/components/paged-list-view';
import RecordCard from '@/components/record-card';
import SessionGate from '@/components/session-gate';
import Tabs from '@/components/tabs';
import type { MySignUpView, SignUpStatus } from '@/contracts/event';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { ROUTES } from '@/services/env';
import { eventApi, openEvent, SIGNUP_STATUS_TEXT, spanText } from '@/services/event';
import '../list.scss';

const TONE: Record<SignUpStatus, 'success' | 'warning' | 'neutral' | 'danger'> = {
  confirmed: 'success',
  waiting: 'warning',
  cancelled: 'neutral',
  removed: 'danger',
  dropped: 'danger',
};

function Place({ p }: { p: MySignUpView }) {
  return (
    <RecordCard
      id={`event-mine-item-${p.id}`}
      block='event-list'
      title={p.eventTitle}
      chip={SIGNUP_STATUS_TEXT[p.status]}
      tone={TONE[p.status]}
      data={{ 'data-status': p.status }}
      onOpen={() => openEvent(p.eventId)}
    >
      <Text className='event-list__meta'>{spanText(p.slotStart, p.slotEnd)}</Text>
      <Text className='event-list__meta'>{p.stationName}</Text>
      {p.endReason ? <Text className='event-list__meta'>{`原因：${p.endReason}`}</Text> : null}
    </RecordCard>
  );
}

function MySignUps() {
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const list = usePagedList<MySignUpView>((cursor, limit) => eventApi.mySignUps({ when, cursor, limit }), [when]);
  useShownAgain(() => void list.refresh());
  return (
    <View className='page event-list'>
      <Tabs idPrefix='event-mine' labels={{ upcoming: '待参加', past: '已结束' }} value={when} onChange={setWhen} />
      <PagedListView
        list={list}
        idPrefix='event-mine'
        className='event-list__items'
        empty={{
          icon: '志',
          title: when === 'upcoming' ? '还没有待参加的活动' : '还没有参加过的活动',
          text: '在「活动」里选一个场次报名吧。',
          action: { id: 'event-mine-btn-browse', label: '去看看活动', to: ROUTES.event, how: 'tab' },
        }}
      >
        {(p) => <Place p={p} />}
      </PagedListView>
    </View>
  );
}

/** 我的报名: my places on slots still ahead (seats and waitlist places), and those that are over. */
export default function MySignUpsPage() {
  return <SessionGate idPrefix='event-mine-page'>{() => <MySignUps />}</SessionGate>;
}
