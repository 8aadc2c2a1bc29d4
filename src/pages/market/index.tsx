import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Chip from '@/components/chip';
import GuideCard from '@/components/guide-card';
import ListFilters, { type FilterOption } from '@/components/list-filters';
import MarketCard from '@/components/market-card';
import PagedListView from '@/components/paged-list-view';
import SessionGate from '@/components/session-gate';
import { ChooseHomeStation, TabLinks, TabSection } from '@/components/tab-head';
import TextField from '@/components/text-field';
import { ORDER_ROUTES } from '@/contracts/routes';
import { LISTING_CATEGORIES, MARKET_LIMITS, SUPPORT_BADGE, type ListingSort } from '@/contracts/market';
import type { UserView } from '@/contracts/user';
import { useShownAgain } from '@/hooks/use-shown-again';
import { cartCount } from '@/services/cart-badge';
import { openListing, openMarketPage } from '@/services/market';
import { useMarket, type Market } from './use-market';

const SORTS: FilterOption<ListingSort>[] = [
  { value: 'newest', label: '最新' },
  { value: 'priceAsc', label: '价格从低到高' },
  { value: 'priceDesc', label: '价格从高到低' },
];

/** Search by name, over the filters. */
function Search({ market }: { market: Market }) {
  return (
    <>
      <TextField
        id='market-search'
        label='搜索商品'
        value={market.query}
        onChange={market.setQuery}
        max={MARKET_LIMITS.query}
        placeholder='输入商品名称，按“搜索”'
        onConfirm={market.search}
      />
      <View id='market-btn-search' className='list-filters__search' onClick={market.search}>
        搜索
      </View>
    </>
  );
}

function MarketHome({ user }: { user: UserView }) {
  const market = useMarket(user.homeStationId);
  // The cart lives in the order subpackage; this page reads only its line count (services/cart-badge).
  const [cart, setCart] = useState(cartCount);
  useShownAgain(() => {
    void market.list.refresh();
    setCart(cartCount());
  });
  const producer = user.roles.some((r) => r.role === 'producer');
  return (
    <View className='page'>
      <TabLinks
        bare
        links={[
          {
            id: 'market-btn-mine',
            label: producer ? '我的商品' : '我是农户，要卖农产品',
            onClick: () => openMarketPage(producer ? 'mine' : 'producer'),
          },
          {
            id: 'market-btn-cart',
            label: cart ? `购物车（${cart}）` : '购物车',
            onClick: () => void Taro.navigateTo({ url: ORDER_ROUTES.cart }),
          },
          user.staff && { id: 'market-btn-review', label: '审核商品和农户', onClick: () => openMarketPage('review') },
        ]}
      />
      {!user.homeStationId ? <ChooseHomeStation id='market-btn-choose-station' what='农产品' /> : null}
      <ListFilters
        idPrefix='market'
        noun='商品'
        small
        hasHome={!!user.homeStationId}
        filters={market}
        sorts={SORTS}
        categories={LISTING_CATEGORIES}
        before={<Search market={market} />}
        chips={
          <Chip id='market-supported' selectable selected={market.supported} onClick={() => market.setSupported(!market.supported)}>
            {SUPPORT_BADGE}
          </Chip>
        }
      />
      <TabSection>在售的农产品</TabSection>
      <PagedListView
        list={market.list}
        idPrefix='market'
        empty={{ icon: '集', title: '这里暂时没有在售的农产品', text: '换一个范围或类别看看。农户的商品经站点店长检查质量后才会上架。' }}
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
