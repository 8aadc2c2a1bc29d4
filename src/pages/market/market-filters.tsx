import { ScrollView, Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import TextField from '@/components/text-field';
import { LISTING_CATEGORIES, MARKET_LIMITS, SUPPORT_BADGE, type ListingSort } from '@/contracts/market';
import type { Market, MarketScope } from './use-market';

type Option<T extends string> = { value: T; label: string };
const SCOPES: Option<MarketScope>[] = [
  { value: 'station', label: '本站' },
  { value: 'institute', label: '本所' },
  { value: 'county', label: '全县' },
];
const SORTS: Option<ListingSort>[] = [
  { value: 'newest', label: '最新' },
  { value: 'priceAsc', label: '价格从低到高' },
  { value: 'priceDesc', label: '价格从高到低' },
];

function Segmented<T extends string>(p: { id: string; options: Option<T>[]; value: T; onChange: (v: T) => void }) {
  return (
    <View id={p.id} className='market-filters__seg'>
      {p.options.map((o) => (
        <View
          key={o.value}
          id={`${p.id}-${o.value}`}
          className={`market-filters__seg-item${o.value === p.value ? ' market-filters__seg-item--on' : ''}`}
          onClick={() => p.onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

/** Search, 本站/本所/全县, the sort, the 帮扶 filter and the category chips (a row that scrolls sideways). */
export default function MarketFilters({ market, hasHome }: { market: Market; hasHome: boolean }) {
  return (
    <View className='market-filters'>
      <TextField
        id='market-search'
        label='搜索商品'
        value={market.query}
        onChange={market.setQuery}
        max={MARKET_LIMITS.query}
        placeholder='输入商品名称，按“搜索”'
        onConfirm={market.search}
      />
      <View id='market-btn-search' className='market-filters__search' onClick={market.search}>
        搜索
      </View>
      {hasHome ? (
        <Segmented id='market-scope' options={SCOPES} value={market.scope} onChange={market.setScope} />
      ) : (
        <Text className='market-filters__note'>正在看全县的商品。选好您的站点后，可以只看身边的。</Text>
      )}
      <Segmented id='market-sort' options={SORTS} value={market.sort} onChange={market.setSort} />
      <ScrollView scrollX className='market-filters__cats' enableFlex>
        <View className='market-filters__cats-row'>
          <Chip id='market-supported' selectable selected={market.supported} onClick={() => market.setSupported(!market.supported)}>
            {SUPPORT_BADGE}
          </Chip>
          <Chip id='market-cat-all' selectable selected={!market.category} onClick={() => market.setCategory(undefined)}>
            全部
          </Chip>
          {LISTING_CATEGORIES.map((c, i) => (
            <Chip key={c} id={`market-cat-${i}`} selectable selected={market.category === c} onClick={() => market.setCategory(c)}>
              {c}
            </Chip>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
