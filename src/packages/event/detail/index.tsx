import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import FactRow from '@/components/fact-row';
import { gatedPage } from '@/components/gated-page';
import { DetailState } from '@/components/resource-state';
import StateView from '@/components/state-view';
import ViewActions from '@/components/view-actions';
import type { EventView } from '@/contracts/event';
import type { Fail } from '@/contracts/result';
import { useResource } from '@/hooks/use-resource';
import { IS_WEAPP, ROUTES } from '@/services/env';
import { clockText, dayText, eventApi, openEventForm } from '@/services/event';
import ReasonBox from './reason-box';
import Slots from './slots';
import './index.scss';

const at = (ms: number) => `${dayText(ms)} ${clockText(ms)}`;

const Row = (p: { id?: string; label: string; children: string }) => <FactRow block='event-detail' {...p} />;

function openMap(e: EventView) {
  void Taro.openLocation({ latitude: e.location.lat, longitude: e.location.lng, name: e.title, address: e.address, scale: 16 });
}

function EventDetail({ id }: { id: string }) {
  const res = useResource(() => eventApi.detail({ id }), [id], !!id);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string }>();
  const [cancelling, setCancelling] = useState(false);

  usePullDownRefresh(() => void res.reload().finally(() => Taro.stopPullDownRefresh()));

  const e = res.data;
  if (!id) return <StateView id='event-detail-state' status='error' error={{ code: 'EVENT_NOT_FOUND', message: '没有找到这个活动' }} />;
  if (!e) return <DetailState idPrefix='event-detail' resource={res} loadingTitle='正在打开活动…' back={ROUTES.event} />;

  const done = (toast: string, banner?: string) => {
    if (toast) void Taro.showToast({ title: toast, icon: 'success' });
    setNotice(banner ? { tone: 'info', text: banner } : undefined);
    void res.reload();
  };
  // Whatever refused it (full, closed, cancelled meanwhile), the page shows the event as it is now.
  const failed = (f: Fail) => {
    setNotice({ tone: 'error', text: f.message });
    void res.reload();
  };

  return (
    <View id='event-detail' className='page event-detail' data-status={e.status}>
      {notice ? (
        <View id='event-detail-notice' className={`page__banner page__banner--${notice.tone}`}>
          {notice.text}
        </View>
      ) : null}
      {e.status === 'cancelled' ? (
        <View id='event-detail-cancelled' className='page__banner page__banner--error'>
          {`活动已取消${e.cancelReason ? `：${e.cancelReason}` : ''}`}
        </View>
      ) : null}
      <View className='event-detail__head'>
        <View className='chip-group'>
          <Chip tone='primary'>{e.category}</Chip>
          {e.mine.confirmed ? <Chip tone='success'>已报名</Chip> : e.mine.waiting ? <Chip tone='warning'>候补中</Chip> : null}
        </View>
        <Text id='event-detail-title' className='event-detail__title'>
          {e.title}
        </Text>
        <Text className='event-detail__story'>{e.description}</Text>
        <Row label='组织'>{e.organiserName}</Row>
        <Row label='站点'>{e.stationName}</Row>
        <Row id='event-detail-address' label='地点'>
          {e.address}
        </Row>
        <Row label='报名时间'>{`${at(e.signUpOpensAt)} 至 ${at(e.signUpClosesAt)}`}</Row>
        <Row label='爱心积分'>{`每服务1小时 ${e.pointsPerHour} 分（队长确认时长后发放）`}</Row>
        <Row label='签到'>{`活动现场 ${e.checkInRadiusM} 米内定位签到，或扫队长的签到码`}</Row>
        {IS_WEAPP ? (
          <View className='page__actions'>
            <ActionButton id='event-detail-btn-map' type='plain' onClick={() => openMap(e)}>
              查看地图
            </ActionButton>
          </View>
        ) : null}
        <Text className='event-detail__muted'>报名后可在场次开始前2小时前取消；名额已满时可以候补，有人取消会按候补顺序自动递补。</Text>
      </View>
      <Slots event={e} onDone={done} onFail={failed} />
      {e.eventActions.some((a) => a === 'edit' || a === 'editLimited' || a === 'cancel') ? (
        <View className='event-detail__organiser'>
          <Text className='event-detail__section'>组织者</Text>
          <ViewActions
            actions={e.eventActions}
            className='page__actions'
            buttons={[
              {
                when: ['edit', 'editLimited'],
                id: 'event-detail-btn-edit',
                type: 'secondary',
                label: '修改活动',
                onClick: () => openEventForm(e.id),
              },
              {
                when: ['cancel'],
                id: 'event-detail-btn-cancel',
                type: 'danger',
                label: '取消整个活动',
                onClick: () => setCancelling(true),
                hidden: cancelling,
              },
            ]}
          />
          {cancelling ? (
            <ReasonBox
              id='event-detail-cancel'
              label='取消活动的原因'
              confirm='确定取消活动'
              onCancel={() => setCancelling(false)}
              onSubmit={async (reason) => {
                const r = await eventApi.cancel({ id: e.id, reason });
                setCancelling(false);
                if (r.ok) done('已取消活动', '活动已取消，报名和候补的志愿者都会收到通知。');
                else failed(r);
              }}
            />
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

/** One event: its slots with seats left, the viewer's places and their buttons (the server's `actions`). ?id=… */
export default gatedPage('event-detail', (_, query) => <EventDetail id={query('id')} />);
