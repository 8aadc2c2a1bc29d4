import { View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import GuideCard from '@/components/guide-card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import type { UserView } from '@/contracts/user';
import { ROUTES } from '@/services/env';
import { openStationPicker, switchTab } from '@/services/nav';

function MarketHome({ user }: { user: UserView }) {
  return (
    <View className='page'>
      <StateView
        id='market-empty'
        status='empty'
        size='inline'
        icon='集'
        title='集市里还没有上架的农产品'
        description='善星小集是文明实践站的爱心集市：农户把自家的农产品放上来，不赚差价，卖的钱都归农户。'
      >
        {!user.homeStationId ? (
          <ActionButton id='market-btn-choose-station' type='primary' size='large' onClick={() => openStationPicker('home')}>
            先选择我的站点
          </ActionButton>
        ) : null}
        <ActionButton id='market-btn-home' type='plain' onClick={() => switchTab(ROUTES.home)}>
          回到首页
        </ActionButton>
      </StateView>
      <GuideCard
        id='market-guide'
        title='怎么在集市买东西'
        intro='商品由农户在文明实践站登记上架，站点店长先检查质量。标有“帮扶产品”的，是帮扶家庭的农产品。'
        steps={[
          '挑选商品，选好到哪个站点取货',
          '用微信支付，或者用爱心积分兑换',
          '到站点出示6位取货码，拿走商品',
        ]}
      />
    </View>
  );
}

export default function MarketPage() {
  return <SessionGate idPrefix='market'>{(user) => <MarketHome user={user} />}</SessionGate>;
}
