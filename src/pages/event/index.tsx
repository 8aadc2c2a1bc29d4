import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import EventCard from '@/components/event-card';
import PagedListView from '@/components/paged-list-view';
import PrivacyPopup from '@/components/privacy-popup';
import SessionGate from '@/components/session-gate';
import type { UserView } from '@/contracts/user';
import { useShownAgain } from '@/hooks/use-shown-again';
import { openEvent, openEventForm, openEventPage } from '@/services/event';
import { openRegisterVolunteer, openStationPicker } from '@/services/nav';
import EventFilters from './filters';
import { useEventsTab } from './use-events';
import './index.scss';

const SCOPE_WORDS = { station: '本站', institute: '本所', county: '全县' } as const;

function EventHome({ user }: { user: UserView }) {
  const tab = useEventsTab(user);
  // Back from an event (signed up, cancelled …): seats and my places may have changed.
  useShownAgain(() => void tab.refresh());
  const organiser = user.staff || user.roles.some((r) => r.role === 'leader');

  return (
    <View className='page event-home'>
      <View className='event-home__head'>
        <Text className='event-home__lead'>身边的志愿服务活动：选好场次报名，名额满了可以候补，有人取消时按顺序递补。</Text>
        <View className='event-home__links'>
          {user.volunteer ? (
            <View
              id='event-btn-mine'
              className='event-home__link'
              hoverClass='event-home__link--hover'
              onClick={() => openEventPage('mine')}
            >
              我的报名
            </View>
          ) : null}
          {organiser ? (
            <>
              <View
                id='event-btn-publish'
                className='event-home__link'
                hoverClass='event-home__link--hover'
                onClick={() => openEventForm()}
              >
                发布活动
              </View>
              <View
                id='event-btn-managed'
                className='event-home__link'
                hoverClass='event-home__link--hover'
                onClick={() => openEventPage('managed')}
              >
                我组织的活动
              </View>
            </>
          ) : null}
        </View>
        {!user.volunteer ? (
          <View className='event-home__volunteer'>
            <Text className='event-home__volunteer-text'>注册成为志愿者后就能报名活动。</Text>
            <ActionButton id='event-btn-register-volunteer' type='secondary' size='compact' onClick={openRegisterVolunteer}>
              注册志愿者
            </ActionButton>
          </View>
        ) : null}
      </View>
      {!user.homeStationId ? (
        <View className='event-home__station'>
          <ActionButton id='event-btn-choose-station' type='secondary' onClick={() => openStationPicker('home')}>
            选择我的站点，看身边的活动
          </ActionButton>
        </View>
      ) : null}
      <EventFilters tab={tab} hasHome={!!user.homeStationId} />
      <PagedListView
        list={tab.list}
        idPrefix='event-list'
        className='event-home__list'
        emptyIcon='志'
        emptyTitle={`${SCOPE_WORDS[tab.scope]}暂时没有志愿服务活动`}
        emptyText='队长和站点发布活动后会出现在这里。也可以看看更大范围或其他类别的活动。'
        emptyActions={
          tab.scope !== 'county' ? (
            <ActionButton id='event-btn-wider' type='secondary' onClick={() => tab.setScope('county')}>
              看全县的活动
            </ActionButton>
          ) : null
        }
      >
        {(e) => <EventCard event={e} idPrefix='event-item' mine={tab.mine.get(e.id)} onClick={() => openEvent(e.id)} />}
      </PagedListView>
      <PrivacyPopup purpose='location' />
    </View>
  );
}

/** The 活动 tab: events near the user, with their seats and the user's own places; entries for organisers. */
export default function EventPage() {
  return <SessionGate idPrefix='event'>{(user) => <EventHome user={user} />}</SessionGate>;
}
