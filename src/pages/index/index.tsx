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
import type { WishView } from '@/contracts/wish';
import { useResource } from '@/hooks/use-resource';
import { useShownAgain } from '@/hooks/use-shown-again';
import { ROUTES } from '@/services/env';
import { AVAILABILITY_TEXT, openEvent, spanText } from '@/services/event';
import { formatDistance, homeStationLabel, starLevelText } from '@/services/format';
import { homeIsStale, loadHome } from '@/services/home';
import { INBOX_ROUTE, setUnread } from '@/services/inbox';
import { openListing } from '@/services/market';
import { openRegisterVolunteer, openStationPicker, switchTab } from '@/services/nav';
import { getSession, startSession } from '@/services/session';
import { openWish } from '@/services/wish';
import { HomeSection, type SectionRow } from './section';
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
            description={starLevelText(v.star)}
            extra={<Text id='home-hours'>{`${v.hours} 小时`}</Text>}
            arrow
            onClick={() => open(ATTENDANCE_ROUTES.records)}
          />
        </View>
      ) : null}
    </View>
  );
}

const distance = (w: WishView) => (w.distanceM === undefined ? undefined : formatDistance(w.distanceM));

/** 首页's sections in order: the block's id, its title, where 查看更多 goes, the empty line, its rows' id prefix (default: the id). */
const SECTIONS = [
  { id: 'home-wishes', title: '身边的心愿', more: ['更多心愿', ROUTES.wish], empty: '附近暂时没有待认领的心愿', item: 'home-wish' },
  { id: 'home-events', title: '近期活动', more: ['更多活动', ROUTES.event], empty: '近期暂时没有志愿活动', item: 'home-event' },
  { id: 'home-listings', title: '集市新品', more: ['逛集市', ROUTES.market], empty: '集市暂时没有新上架的农产品', item: 'home-listing' },
  { id: 'home-board', title: '本月爱心榜', more: ['去帮忙', ROUTES.wish], empty: '这个月还没有完成的心愿，第一位就是您' },
] as const;

type Answer = { title?: string; rows: SectionRow[]; open?: (id: string) => void };

/** What an answer puts in each section: its rows, what a row opens, and a title where it differs. */
const ANSWERS: Record<(typeof SECTIONS)[number]['id'], (v: HomeView) => Answer> = {
  'home-wishes': ({ wishes }) => ({
    title: wishes.near ? '离我最近的心愿' : undefined,
    rows: wishes.items.map((w) => [w.id, w.title, `${w.stationName} · ${w.category}`, distance(w)]),
    open: openWish,
  }),
  'home-events': ({ events }) => ({
    rows: events.map((e) => [e.id, e.title, `${spanText(e.firstStart, e.lastEnd)} · ${e.stationName}`, AVAILABILITY_TEXT[e.availability]]),
    open: openEvent,
  }),
  'home-listings': ({ listings }) => ({
    rows: listings.map((l) => [l.id, l.name, `${l.originVillage} · ${l.stationName}取货`, `¥${yuan(l.priceFen)}/${l.unit}`]),
    open: openListing,
  }),
  'home-board': ({ board }) => ({
    title: `${board.scope === 'institute' ? '本所' : '全县'}本月爱心榜`,
    rows: board.lines.map((b) => [String(b.rank), `第 ${b.rank} 名　${b.name}`, undefined, `本月完成 ${b.count} 个心愿`]),
  }),
};

/** The sections: of an answer, or (none yet) each one's title and a skeleton while the first is on its way. */
function Sections({ view }: { view?: HomeView }) {
  return (
    <>
      {SECTIONS.map((s) => {
        const a = view && ANSWERS[s.id](view);
        const more = a ? { label: s.more[0], onClick: () => switchTab(s.more[1]) } : undefined;
        const item = 'item' in s ? s.item : s.id;
        return (
          <HomeSection
            key={s.id}
            id={s.id}
            title={a?.title ?? s.title}
            more={more}
            rows={a?.rows}
            empty={s.empty}
            item={item}
            open={a?.open}
          />
        );
      })}
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
      {home.data || home.status === 'loading' ? <Sections view={home.data} /> : null}
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
