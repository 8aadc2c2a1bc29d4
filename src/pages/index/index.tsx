import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import Cell from '@/components/cell';
import FeatureTiles, { type FeatureTile } from '@/components/feature-tiles';
import PageHero from '@/components/page-hero';
import PointsAndMessages from '@/components/points-and-messages';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import StationSummary from '@/components/station-summary';
import { ChooseHomeStation } from '@/components/tab-head';
import type { HomeView } from '@/contracts/home';
import { yuan } from '@/contracts/market';
import { ATTENDANCE_ROUTES, POINTS_ROUTES } from '@/contracts/routes';
import type { UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { useShownAgain } from '@/hooks/use-shown-again';
import { ROUTES } from '@/services/env';
import { AVAILABILITY_TEXT, openEvent, spanText } from '@/services/event';
import { formatDistance, homeStationLabel } from '@/services/format';
import { homeIsStale, loadHome } from '@/services/home';
import { INBOX_ROUTE, setUnread } from '@/services/inbox';
import { openListing } from '@/services/market';
import { openRegisterVolunteer, openStationPicker, switchTab } from '@/services/nav';
import { getSession, startSession } from '@/services/session';
import { openWish } from '@/services/wish';
import { HomeSection } from './section';
import './index.scss';

function tilesFor(user: UserView): FeatureTile[] {
  return [
    { id: 'tile-wish', glyph: '心', title: '微心愿', description: '许一个小心愿，或帮邻居实现', onClick: () => switchTab(ROUTES.wish) },
    { id: 'tile-event', glyph: '志', title: '志愿活动', description: '报名参加身边的志愿服务', onClick: () => switchTab(ROUTES.event) },
    { id: 'tile-market', glyph: '集', title: '善星小集', description: '买农户的农产品，钱归农户', onClick: () => switchTab(ROUTES.market) },
    user.volunteer
      ? { id: 'tile-me', glyph: '我', title: '我的', description: '我的站点和志愿者信息', onClick: () => switchTab(ROUTES.me) }
      : { id: 'tile-register', glyph: '注', title: '注册志愿者', description: '加入志愿者，一起做好事', onClick: openRegisterVolunteer },
  ];
}

const open = (url: string) => void Taro.navigateTo({ url });

/** 爱心积分, messages and, for volunteers, hours and stars: what is mine. */
function Mine({ mine }: { mine: NonNullable<HomeView['mine']> }) {
  const v = mine.volunteer;
  return (
    <View id='home-mine'>
      <PointsAndMessages
        idPrefix='home'
        balance={mine.balance}
        unread={mine.unread}
        onOpenPoints={() => open(POINTS_ROUTES.mine)}
        onOpenInbox={() => open(INBOX_ROUTE)}
      />
      {v ? (
        <View className='page__list'>
          <Cell
            id='home-cell-hours'
            title='我的服务时长'
            description={v.star ? `${'★'.repeat(v.star)} ${v.star}星志愿者` : '参加活动、队长确认后累计'}
            extra={<Text id='home-hours'>{`${v.hours} 小时`}</Text>}
            arrow
            onClick={() => open(ATTENDANCE_ROUTES.records)}
          />
        </View>
      ) : null}
    </View>
  );
}

/** The four sections of an answer. */
function Sections({ view }: { view: HomeView }) {
  const wishes = view.wishes;
  return (
    <>
      <HomeSection
        id='home-wishes'
        title={wishes.near ? '离我最近的心愿' : '身边的心愿'}
        more={{ label: '更多心愿', onClick: () => switchTab(ROUTES.wish) }}
        count={wishes.items.length}
        empty='附近暂时没有待认领的心愿'
      >
        {wishes.items.map((w) => (
          <Cell
            key={w.id}
            id={`home-wish-${w.id}`}
            title={w.title}
            description={`${w.stationName} · ${w.category}`}
            extra={w.distanceM === undefined ? undefined : formatDistance(w.distanceM)}
            arrow
            onClick={() => openWish(w.id)}
          />
        ))}
      </HomeSection>
      <HomeSection
        id='home-events'
        title='近期活动'
        more={{ label: '更多活动', onClick: () => switchTab(ROUTES.event) }}
        count={view.events.length}
        empty='近期暂时没有志愿活动'
      >
        {view.events.map((e) => (
          <Cell
            key={e.id}
            id={`home-event-${e.id}`}
            title={e.title}
            description={`${spanText(e.firstStart, e.lastEnd)} · ${e.stationName}`}
            extra={AVAILABILITY_TEXT[e.availability]}
            arrow
            onClick={() => openEvent(e.id)}
          />
        ))}
      </HomeSection>
      <HomeSection
        id='home-listings'
        title='集市新品'
        more={{ label: '逛集市', onClick: () => switchTab(ROUTES.market) }}
        count={view.listings.length}
        empty='集市暂时没有新上架的农产品'
      >
        {view.listings.map((l) => (
          <Cell
            key={l.id}
            id={`home-listing-${l.id}`}
            title={l.name}
            description={`${l.originVillage} · ${l.stationName}取货`}
            extra={`¥${yuan(l.priceFen)}/${l.unit}`}
            arrow
            onClick={() => openListing(l.id)}
          />
        ))}
      </HomeSection>
      <HomeSection
        id='home-board'
        title={`${view.board.scope === 'institute' ? '本所' : '全县'}本月爱心榜`}
        more={{ label: '去帮忙', onClick: () => switchTab(ROUTES.wish) }}
        count={view.board.lines.length}
        empty='这个月还没有完成的心愿，第一位就是您'
      >
        {view.board.lines.map((b) => (
          <Cell key={b.rank} id={`home-board-${b.rank}`} title={`第 ${b.rank} 名　${b.name}`} extra={`本月完成 ${b.count} 个心愿`} />
        ))}
      </HomeSection>
    </>
  );
}

/** While the first answer is on its way: each section's title and a skeleton. */
const SKELETONS = [
  ['home-wishes', '身边的心愿'],
  ['home-events', '近期活动'],
  ['home-listings', '集市新品'],
  ['home-board', '本月爱心榜'],
] as const;
function Skeletons() {
  return (
    <>
      {SKELETONS.map(([id, title]) => (
        <HomeSection key={id} id={id} title={title} />
      ))}
    </>
  );
}

function Home({ user }: { user: UserView }) {
  const name = user.volunteer?.realName || user.nickname;
  // One read for the whole page, kept for the tab's life: again on pull-down, on a new home station, and
  // when the page shows again after a write elsewhere (a claim, a sign-up, an order, a read message).
  const home = useResource(loadHome, [user.id, user.homeStationId]);
  useShownAgain(() => {
    if (homeIsStale()) void home.reload();
  });
  usePullDownRefresh(() => {
    void home.reload().finally(() => Taro.stopPullDownRefresh());
  });
  const mine = home.data && home.data.mine;
  const unread = mine ? mine.unread : -1;
  useEffect(() => {
    if (unread >= 0) setUnread(unread); // the 我的 tab's badge agrees with 首页
  }, [unread]);
  // A guest: no home station and no role yet. The first step is to choose the station.
  const guest = !user.homeStationId && !user.roles.length && !user.volunteer;

  return (
    <View className='page'>
      <PageHero
        titleId='home-greeting'
        title={name ? `${name}，您好` : '您好'}
        text='欢迎来到新时代文明实践中心。在这里可以许心愿、做志愿、逛集市。'
      />
      {/* A guest's first step: the station that makes 首页 about their neighbourhood. */}
      {guest ? <ChooseHomeStation id='home-btn-first-station' what='心愿、活动和农产品' /> : null}
      {mine && !guest ? <Mine mine={mine} /> : null}
      {home.status === 'error' ? (
        <StateView
          id='home-state'
          size='inline'
          status='error'
          error={home.error}
          title='首页没有加载出来'
          onRetry={() => void home.reload()}
          retryId='home-btn-retry'
        />
      ) : null}
      {home.data ? <Sections view={home.data} /> : home.status === 'loading' ? <Skeletons /> : null}
      <StationSummary idPrefix='home' stationName={homeStationLabel(user)} onChoose={() => openStationPicker('home')} />
      <FeatureTiles tiles={tilesFor(user)} />
    </View>
  );
}

export default function IndexPage() {
  // Before there is a user (the login failed): pull-down tries again. With one, Home's own pull-down reloads.
  usePullDownRefresh(() => {
    if (getSession().user) return;
    void startSession().finally(() => Taro.stopPullDownRefresh());
  });
  return <SessionGate idPrefix='home'>{(user) => <Home user={user} />}</SessionGate>;
}
