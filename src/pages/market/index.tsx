import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import GuideCard from '@/components/guide-card';
import MarketCard from '@/components/market-card';
import PagedListView from '@/components/paged-list-view';
import SessionGate from '@/components/session-gate';
import { ORDER_ROUTES } from '@/contracts/routes';
import type { UserView } from '@/contracts/user';
import { useShownAgain } from '@/hooks/use-shown-again';
import { cartCount } from '@/services/cart-badge';
import { openListing, openMarketPage } from '@/services/market';
import { openStationPicker } from '@/services/nav';
import MarketFilters from './market-filters';
import { useMarket } from './use-market';
import './index.scss';

function MarketHome({ user }: { user: UserView }) {
  const market = useMarket(user);
  // The cart lives in the order subpackage; this page reads only its line count (services/cart-badge).
  const [cart, setCart] = useState(cartCount);
  useShownAgain(() => {
    void market.list.refresh();
    setCart(cartCount());
  });
  const producer = user.roles.some((r) => r.role === 'producer');
  return (
    <View className='page market-home'>
      <View className='market-home__links'>
        <View
          id='market-btn-mine'
          className='market-home__link'
          hoverClass='market-home__link--hover'
          onClick={() => openMarketPage(producer ? 'mine' : 'producer')}
        >
          {producer ? '我的商品' : '我是农户，要卖农产品'}
        </View>
        <View
          id='market-btn-cart'
          className='market-home__link'
          hoverClass='market-home__link--hover'
          onClick={() => void Taro.navigateTo({ url: ORDER_ROUTES.cart })}
        >
          {cart ? `购物车（${cart}）` : '购物车'}
        </View>
        {user.staff ? (
          <View
            id='market-btn-review'
            className='market-home__link'
            hoverClass='market-home__link--hover'
            onClick={() => openMarketPage('review')}
          >
            审核商品和农户
          </View>
        ) : null}
      </View>
      {!user.homeStationId ? (
        <View className='market-home__station'>
          <ActionButton id='market-btn-choose-station' type='secondary' onClick={() => openStationPicker('home')}>
            选择我的站点，看身边的农产品
          </ActionButton>
        </View>
      ) : null}
      <MarketFilters market={market} hasHome={!!user.homeStationId} />
      <Text className='market-home__section'>在售的农产品</Text>
      <PagedListView
        list={market.list}
        idPrefix='market'
        emptyIcon='集'
        emptyTitle='这里暂时没有在售的农产品'
        emptyText='换一个范围或类别看看。农户的商品经站点店长检查质量后才会上架。'
      >
        {(l) => <MarketCard idPrefix='market' listing={l} onClick={() => openListing(l.id)} />}
      </PagedListView>
      <GuideCard
        id='market-guide'
        title='怎么在集市买东西'
        intro='商品由农户在文明实践站登记上架，站点店长先检查质量。标有“帮扶产品”的，是帮扶家庭的农产品。'
        steps={['挑选商品，选好到哪个站点取货', '用微信支付，或者用爱心积分兑换', '到站点出示6位取货码，拿走商品']}
      />
    </View>
  );
}

export default function MarketPage() {
  return <SessionGate idPrefix='market'>{(user) => <MarketHome user={user} />}</SessionGate>;
}
