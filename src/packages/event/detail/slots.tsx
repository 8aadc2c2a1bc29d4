import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import type { EventView, SlotView, SlotViewAction } from '@/contracts/event';
import type { Fail, Result } from '@/contracts/result';
import { clockText, dayText, eventApi, openRoster, spanText } from '@/services/event';
import { openRegisterVolunteer } from '@/services/nav';
import { askSubscribe } from '@/services/subscribe';
import AttendanceEntries from './attendance-entries';
import ReasonBox from './reason-box';

type Props = {
  event: EventView;
  onDone: (toast: string, banner?: string) => void;
  onFail: (f: Fail) => void;
};

type Look = { label: string; type: 'primary' | 'secondary' | 'danger' | 'plain' };
/** How each action the server offers on a slot looks (ids `event-slot-<i>-btn-<action>`). Which show is the server's call. */
const LOOK: Record<SlotViewAction, Look> = {
  signUp: { label: '报名', type: 'primary' },
  joinWaitlist: { label: '名额已满，候补报名', type: 'secondary' },
  cancelSignUp: { label: '取消报名', type: 'danger' },
  leaveWaitlist: { label: '退出候补', type: 'plain' },
  registerToSignUp: { label: '注册志愿者后报名', type: 'secondary' },
  cancelSlot: { label: '取消这个场次', type: 'plain' },
};

async function ask(title: string, content: string, confirmText: string): Promise<boolean> {
  try {
    return !!(await Taro.showModal({ title, content, confirmText, cancelText: '再想想', confirmColor: '#C8161D' })).confirm;
  } catch {
    return false;
  }
}

function Mine({ slot, i }: { slot: SlotView; i: number }) {
  const m = slot.mine;
  if (!m) return null;
  if (m.status === 'waiting') {
    return (
      <Text id={`event-slot-${i}-mine`} className='event-detail__mine event-detail__mine--waiting' data-status='waiting'>
        {`候补中：排在第 ${m.position ?? '?'} 位。有人取消时按顺序自动递补，递补后会发消息通知您。`}
      </Text>
    );
  }
  const until = m.cancelUntil !== undefined ? `${dayText(m.cancelUntil)} ${clockText(m.cancelUntil)}` : '';
  return (
    <Text id={`event-slot-${i}-mine`} className='event-detail__mine' data-status='confirmed'>
      {`已报名。如不能参加，请在场次开始前2小时（${until}）前取消，把名额让给候补的志愿者。`}
    </Text>
  );
}

/** The notices a volunteer may let WeChat deliver when taking a seat or joining the line (three per dialog at most). */
const SEAT_NOTICES = ['event.confirmed', 'event.reminder', 'event.cancelled'] as const;
const WAITLIST_NOTICES = ['event.waitlisted', 'event.promoted', 'event.cancelled'] as const;

/** Every slot with its seats, the viewer's place and the buttons of the actions the server lists for it. */
export default function Slots({ event, onDone, onFail }: Props) {
  const [busy, setBusy] = useState<string>();
  const [cancelling, setCancelling] = useState<string>();

  async function run(key: string, call: () => Promise<Result<unknown>>, toast: string, banner?: (data: any) => string | undefined) {
    if (busy) return;
    setBusy(key);
    const r = await call();
    setBusy(undefined);
    if (r.ok) onDone(toast, banner?.(r.data));
    else onFail(r);
  }

  const press = (slot: SlotView, a: SlotViewAction) => {
    const key = `${slot.id}-${a}`;
    if (a === 'signUp' || a === 'joinWaitlist') {
      // weapp: the subscribe dialog must open in the tap's own tick, before any await (services/subscribe).
      void askSubscribe(a === 'signUp' ? SEAT_NOTICES : WAITLIST_NOTICES);
      return run(
        key,
        () => eventApi.signUp({ eventId: event.id, slotId: slot.id }),
        a === 'signUp' ? '报名成功' : '已加入候补',
        (d: { status: string; position?: number }) =>
          d.status === 'waiting' ? `名额已满，您已加入候补，排在第 ${d.position} 位。` : '报名成功！活动前一天会提醒您。',
      );
    }
    if (a === 'cancelSignUp' || a === 'leaveWaitlist') {
      const id = slot.mine?.signUpId;
      if (!id) return;
      return (async () => {
        const sure = await ask(
          a === 'cancelSignUp' ? '取消报名？' : '退出候补？',
          a === 'cancelSignUp' ? '名额会让给候补的第一位志愿者。' : '您的候补位置会让给后面的人。',
          '确定',
        );
        if (sure) await run(key, () => eventApi.cancelSignUp({ signUpId: id }), a === 'cancelSignUp' ? '已取消报名' : '已退出候补');
      })();
    }
    if (a === 'registerToSignUp') return openRegisterVolunteer();
    if (a === 'cancelSlot') setCancelling(slot.id);
  };

  return (
    <View className='event-detail__slots'>
      <Text className='event-detail__section'>场次</Text>
      {event.slots.map((slot, i) => (
        <View key={slot.id} id={`event-slot-${i}`} className='event-detail__slot' data-status={slot.status}>
          <View className='event-detail__slot-head'>
            <Text className='event-detail__slot-time'>{spanText(slot.start, slot.end)}</Text>
            {slot.status === 'cancelled' ? <Text className='event-detail__slot-cancelled'>已取消</Text> : null}
          </View>
          <Text id={`event-slot-${i}-seats`} className='event-detail__slot-seats' data-left={slot.seatsLeft}>
            {`名额 ${slot.capacity} 个，剩余 ${slot.seatsLeft} 个${slot.waiting ? `，${slot.waiting} 人候补` : ''}`}
          </Text>
          <Mine slot={slot} i={i} />
          <View className='event-detail__slot-actions'>
            {slot.actions.map((a) => (
              <ActionButton
                key={a}
                id={`event-slot-${i}-btn-${a}`}
                type={LOOK[a].type}
                size='medium'
                loading={busy === `${slot.id}-${a}`}
                onClick={() => void press(slot, a)}
              >
                {LOOK[a].label}
              </ActionButton>
            ))}
            {event.eventActions.includes('roster') ? (
              <ActionButton id={`event-slot-${i}-btn-roster`} type='plain' size='medium' onClick={() => openRoster(event.id, slot.id)}>
                报名名单
              </ActionButton>
            ) : null}
            <AttendanceEntries event={event} slot={slot} i={i} />
          </View>
          {cancelling === slot.id ? (
            <ReasonBox
              id={`event-slot-${i}-cancel`}
              label='取消这个场次的原因'
              confirm='确定取消场次'
              onCancel={() => setCancelling(undefined)}
              onSubmit={(reason) =>
                run(
                  `${slot.id}-cancelSlot`,
                  () => eventApi.cancelSlot({ id: event.id, slotId: slot.id, reason }),
                  '已取消场次',
                  () => '场次已取消，报名和候补的志愿者都会收到通知。',
                ).then(() => setCancelling(undefined))
              }
            />
          ) : null}
        </View>
      ))}
    </View>
  );
}
