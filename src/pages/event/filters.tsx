import { ScrollView, Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import { EVENT_CATEGORIES } from '@/services/event';
import type { EventScope, EventSort, EventsTab } from './use-events';

type Option<T extends string> = { value: T; label: string };

const SCOPES: Option<EventScope>[] = [
  { value: 'station', label: '本站' },
  { value: 'institute', label: '本所' },
  { value: 'county', label: '全县' },
];
const SORTS: Option<EventSort>[] = [
  { value: 'soonest', label: '最近开始' },
  { value: 'newest', label: '最新发布' },
  { value: 'nearest', label: '离我最近' },
];

function Segmented<T extends string>(p: { id: string; options: Option<T>[]; value: T; onChange: (v: T) => void }) {
  return (
    <View id={p.id} className='event-filters__seg'>
      {p.options.map((o) => (
        <View
          key={o.value}
          id={`${p.id}-${o.value}`}
          className={`event-filters__seg-item${o.value === p.value ? ' event-filters__seg-item--on' : ''}`}
          onClick={() => p.onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

/** 本站/本所/全县, the order (离我最近 asks for the location consent), and the categories in a sideways row. */
export default function EventFilters({ tab, hasHome }: { tab: EventsTab; hasHome: boolean }) {
  return (
    <View className='event-filters'>
      {hasHome ? (
        <Segmented id='event-scope' options={SCOPES} value={tab.scope} onChange={tab.setScope} />
      ) : (
        <Text className='event-filters__note'>正在看全县的活动。选好您的站点后，可以只看身边的。</Text>
      )}
      <Segmented id='event-sort' options={SORTS} value={tab.sort} onChange={(s) => void tab.setSort(s)} />
      {tab.locating ? <Text className='event-filters__note'>正在确定您的位置…</Text> : null}
      {tab.notice ? (
        <Text id='event-sort-notice' className='event-filters__note event-filters__note--warn'>
          {tab.notice}
        </Text>
      ) : null}
      <ScrollView scrollX className='event-filters__cats' enableFlex>
        <View className='event-filters__cats-row'>
          <Chip id='event-cat-all' selectable selected={!tab.category} onClick={() => tab.setCategory(undefined)}>
            全部
          </Chip>
          {EVENT_CATEGORIES.map((c, i) => (
            <Chip key={c} id={`event-cat-${i}`} selectable selected={tab.category === c} onClick={() => tab.setCategory(c)}>
              {c}
            </Chip>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
