import { ScrollView, Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import { WISH_CATEGORY_OPTIONS } from '@/services/wish';
import type { Pool, PoolScope, PoolSort } from './use-pool';

type Option<T extends string> = { value: T; label: string };

const SCOPES: Option<PoolScope>[] = [
  { value: 'station', label: '本站' },
  { value: 'institute', label: '本所' },
  { value: 'county', label: '全县' },
];
const SORTS: Option<PoolSort>[] = [
  { value: 'newest', label: '最新' },
  { value: 'nearest', label: '离我最近' },
];

function Segmented<T extends string>(p: { id: string; options: Option<T>[]; value: T; onChange: (v: T) => void }) {
  return (
    <View id={p.id} className='wish-filters__seg'>
      {p.options.map((o) => (
        <View
          key={o.value}
          id={`${p.id}-${o.value}`}
          className={`wish-filters__seg-item${o.value === p.value ? ' wish-filters__seg-item--on' : ''}`}
          onClick={() => p.onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

/** 本站/本所/全县, 最新/离我最近, and the categories (a row that scrolls sideways). */
export default function PoolFilters({ pool, hasHome }: { pool: Pool; hasHome: boolean }) {
  return (
    <View className='wish-filters'>
      {hasHome ? (
        <Segmented id='wish-scope' options={SCOPES} value={pool.scope} onChange={pool.setScope} />
      ) : (
        <Text className='wish-filters__note'>正在看全县的心愿。选好您的站点后，可以只看身边的。</Text>
      )}
      <Segmented id='wish-sort' options={SORTS} value={pool.sort} onChange={(s) => void pool.setSort(s)} />
      {pool.locating ? <Text className='wish-filters__note'>正在确定您的位置…</Text> : null}
      {pool.notice ? (
        <Text id='wish-sort-notice' className='wish-filters__note wish-filters__note--warn'>
          {pool.notice}
        </Text>
      ) : null}
      <ScrollView scrollX className='wish-filters__cats' enableFlex>
        <View className='wish-filters__cats-row'>
          <Chip id='wish-cat-all' selectable selected={!pool.category} onClick={() => pool.setCategory(undefined)}>
            全部
          </Chip>
          {WISH_CATEGORY_OPTIONS.map((c, i) => (
            <Chip key={c} id={`wish-cat-${i}`} selectable selected={pool.category === c} onClick={() => pool.setCategory(c)}>
              {c}
            </Chip>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
