import { View } from '@tarojs/components';
import EventCard from '@/components/event-card';
import ListFilters, { type FilterOption } from '@/components/list-filters';
import PagedListView from '@/components/paged-list-view';
import PrivacyPopup from '@/components/privacy-popup';
import SessionGate from '@/components/session-gate';
import { ChooseHomeStation, TabHead, TabLinks, TabPrompt } from '@/components/tab-head';
import type { EventListSort } from '@/contracts/event';
import type { UserView } from '@/contracts/user';
import { useShownAgain } from '@/hooks/use-shown-again';
import { EVENT_CATEGORIES, openEvent, openEventForm, openEventPage } from '@/services/event';
import { openRegisterVolunteer } from '@/services/nav';
import { useEventsTab } from './use-events';

const SCOPE_WORDS = { station: '本站', institute: '本所', county: '全县' } as const;
const SORTS: FilterOption<EventListSort>[] = [
  { value: 'soonest', label: '最近开始' },
  { value: 'newest', label: '最新发布' },
  { value: 'nearest', label: '离我最近' },
];

function EventHome({ user }: { user: UserView }) {
  const tab = useEventsTab(user);
  // Back from an event (signed up, cancelled …): seats and my places may have changed.
  useShownAgain(() => void tab.refresh());
  const organiser = user.staff || user.roles.some((r) => r.role === 'leader');

  return (
    <View className='page'>
      <TabHead lead='身边的志愿服务活动：选好场次报名，名额满了可以候补，有人取消时按顺序递补。'>
        <TabLinks
          perRow={3}
          links={[
            user.volunteer && { id: 'event-btn-mine', label: '我的报名', onClick: () => openEventPage('mine') },
            organiser && { id: 'event-btn-publish', label: '发布活动', onClick: () => openEventForm() },
            organiser && { id: 'event-btn-managed', label: '我组织的活动', onClick: () => openEventPage('managed') },
          ]}
        />
        {!user.volunteer ? (
          <TabPrompt
            id='event-btn-register-volunteer'
            text='注册成为志愿者后就能报名活动。'
            button='注册志愿者'
            onClick={openRegisterVolunteer}
          />
        ) : null}
      </TabHead>
      {!user.homeStationId ? <ChooseHomeStation id='event-btn-choose-station' what='活动' /> : null}
      <ListFilters idPrefix='event' noun='活动' hasHome={!!user.homeStationId} filters={tab} sorts={SORTS} categories={EVENT_CATEGORIES} />
      <PagedListView
        list={tab.list}
        idPrefix='event-list'
        className='tab-head__list'
        empty={{
          icon: '志',
          title: `${SCOPE_WORDS[tab.scope]}暂时没有志愿服务活动`,
          text: '队长和站点发布活动后会出现在这里。也可以看看更大范围或其他类别的活动。',
          action:
            tab.scope !== 'county'
              ? { id: 'event-btn-wider', label: '看全县的活动', type: 'secondary', how: 'run', run: () => tab.setScope('county') }
              : undefined,
        }}
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
