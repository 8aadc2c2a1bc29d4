import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import PagedListView from '@/components/paged-list-view';
import Tabs from '@/components/tabs';
import type { RosterEntry, RosterPage, SlotView } from '@/contracts/event';
import type { Result } from '@/contracts/result';
import { usePagedList } from '@/hooks/use-paged-list';
import { eventApi, spanText } from '@/services/event';
import ReasonBox from '../detail/reason-box';
import '../list.scss';

type Line = RosterEntry & { id: string };

function Entry({ e, onRemoved }: { e: Line; onRemoved: () => void }) {
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <View id={`event-roster-item-${e.signUpId}`} className='event-list__item' data-status={e.status}>
      <View className='event-list__top'>
        <Text className='event-list__name'>{e.position ? `${e.position}. ${e.name}` : e.name}</Text>
      </View>
      <Text id={`event-roster-item-${e.signUpId}-phone`} className='event-list__meta'>
        {e.phone}
      </Text>
      {error ? <Text className='event-list__meta'>{error}</Text> : null}
      {!removing ? (
        <View className='event-list__actions'>
          {e.phone && !e.phone.includes('*') ? (
            <ActionButton
              id={`event-roster-item-${e.signUpId}-btn-call`}
              type='plain'
              size='compact'
              onClick={() => void Taro.makePhoneCall({ phoneNumber: e.phone })}
            >
              打电话
            </ActionButton>
          ) : null}
          <ActionButton id={`event-roster-item-${e.signUpId}-btn-remove`} type='plain' size='compact' onClick={() => setRemoving(true)}>
            移出
          </ActionButton>
        </View>
      ) : (
        <ReasonBox
          id={`event-roster-item-${e.signUpId}-remove`}
          label='移出的原因'
          confirm='确定移出'
          onCancel={() => setRemoving(false)}
          onSubmit={async (reason) => {
            const r = await eventApi.removeSignUp({ signUpId: e.signUpId, reason });
            setRemoving(false);
            if (r.ok) onRemoved();
            else setError(r.message);
          }}
        />
      )}
    </View>
  );
}

function Roster({ eventId, slotId }: { eventId: string; slotId: string }) {
  const [list, setList] = useState<'confirmed' | 'waiting'>('confirmed');
  const [slot, setSlot] = useState<SlotView>();
  const lines = usePagedList<Line>(
    async (cursor, limit) => {
      const r: Result<RosterPage> = await eventApi.roster({ eventId, slotId, list, cursor, limit });
      if (!r.ok) return r;
      setSlot(r.data.slot);
      return { ok: true, data: { items: r.data.items.map((x) => ({ ...x, id: x.signUpId })), next: r.data.next } };
    },
    [eventId, slotId, list],
  );
  return (
    <View className='page event-list'>
      {slot ? (
        <View className='page__banner page__banner--info' id='event-roster-slot'>
          {`${spanText(slot.start, slot.end)}：已报名 ${slot.taken}/${slot.capacity}，候补 ${slot.waiting} 人`}
        </View>
      ) : null}
      <Tabs idPrefix='event-roster' labels={{ confirmed: '已报名', waiting: '候补' }} value={list} onChange={setList} />
      <PagedListView
        list={lines}
        idPrefix='event-roster'
        className='event-list__items'
        empty={{ icon: '名', title: list === 'confirmed' ? '还没有人报名' : '没有人在候补', text: '志愿者报名后会出现在这里。' }}
      >
        {(e) => <Entry e={e} onRemoved={() => void lines.refresh()} />}
      </PagedListView>
    </View>
  );
}

/** A slot's roster for its organisers: who holds a seat, who waits and in which order; remove a place with a reason. */
export default gatedPage('event-roster-page', (_, query) => <Roster eventId={query('eventId')} slotId={query('slotId')} />);
