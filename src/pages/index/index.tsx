import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import FeatureTiles, { type FeatureTile } from '@/components/feature-tiles';
import PageHero from '@/components/page-hero';
import SessionGate from '@/components/session-gate';
import StationSummary from '@/components/station-summary';
import type { UserView } from '@/contracts/user';
import { ROUTES } from '@/services/env';
import { homeStationLabel } from '@/services/format';
import { openRegisterVolunteer, openStationPicker, switchTab } from '@/services/nav';
import { startSession } from '@/services/session';

function tilesFor(user: UserView): FeatureTile[] {
  const tiles: FeatureTile[] = [
    {
      id: 'tile-wish',
      glyph: '心',
      title: '微心愿',
      description: '许一个小心愿，或帮邻居实现',
      onClick: () => switchTab(ROUTES.wish),
    },
    {
      id: 'tile-event',
      glyph: '志',
      title: '志愿活动',
      description: '报名参加身边的志愿服务',
      onClick: () => switchTab(ROUTES.event),
    },
    {
      id: 'tile-market',
      glyph: '集',
      title: '善星小集',
      description: '买农户的农产品，钱归农户',
      onClick: () => switchTab(ROUTES.market),
    },
  ];
  tiles.push(
    user.volunteer
      ? { id: 'tile-me', glyph: '我', title: '我的', description: '我的站点和志愿者信息', onClick: () => switchTab(ROUTES.me) }
      : {
          id: 'tile-register',
          glyph: '注',
          title: '注册志愿者',
          description: '加入志愿者，一起做好事',
          onClick: openRegisterVolunteer,
        },
  );
  return tiles;
}

function Home({ user }: { user: UserView }) {
  const name = user.volunteer?.realName || user.nickname;
  return (
    <View className='page'>
      <PageHero
        titleId='home-greeting'
        title={name ? `${name}，您好` : '您好'}
        text='欢迎来到新时代文明实践中心。在这里可以许心愿、做志愿、逛集市。'
      />
      <StationSummary idPrefix='home' stationName={homeStationLabel(user)} onChoose={() => openStationPicker('home')} />
      <FeatureTiles tiles={tilesFor(user)} />
    </View>
  );
}

export default function IndexPage() {
  usePullDownRefresh(() => {
    void startSession().finally(() => Taro.stopPullDownRefresh());
  });
  return <SessionGate idPrefix='home'>{(user) => <Home user={user} />}</SessionGate>;
}
