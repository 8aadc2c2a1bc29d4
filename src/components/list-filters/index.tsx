import type { ReactNode } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import type { FilteredList, ListScope } from '@/hooks/use-filtered-list';
import Chip from '../chip';
import './index.scss';

export type FilterOption<T extends string> = { value: T; label: string };

const SCOPES: FilterOption<ListScope>[] = [
  { value: 'station', label: '本站' },
  { value: 'institute', label: '本所' },
  { value: 'county', label: '全县' },
];

function Segmented<T extends string>(p: { id: string; options: FilterOption<T>[]; value: T; onChange: (v: T) => void }) {
  return (
    <View id={p.id} className='list-filters__seg'>
      {p.options.map((o) => (
        <View
          key={o.value}
          id={`${p.id}-${o.value}`}
          className={`list-filters__seg-item${o.value === p.value ? ' list-filters__seg-item--on' : ''}`}
          onClick={() => p.onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

export type ListFiltersProps<C extends string, S extends string> = {
  /** Ids: "<idPrefix>-scope-<scope>", "<idPrefix>-sort-<sort>", "<idPrefix>-sort-notice", "<idPrefix>-cat-all", "<idPrefix>-cat-<i>". */
  idPrefix: string;
  /** What the list shows (活动, 心愿, 商品), for the line a viewer without a home station reads. */
  noun: string;
  hasHome: boolean;
  filters: Omit<FilteredList<unknown, C, S>, 'list'>;
  sorts: FilterOption<S>[];
  categories: readonly C[];
  /** Long sort labels: the segments use the small font. */
  small?: boolean;
  /** Above the filters (a search box). */
  before?: ReactNode;
  /** Chips in front of the categories (a toggle such as 帮扶产品). */
  chips?: ReactNode;
};

/** 本站/本所/全县 (with a home station), the sort, and the categories in a row that scrolls sideways. */
export default function ListFilters<C extends string, S extends string>(p: ListFiltersProps<C, S>) {
  const { idPrefix: id, filters: f } = p;
  return (
    <View className={`list-filters${p.small ? ' list-filters--small' : ''}`}>
      {p.before}
      {p.hasHome ? (
        <Segmented id={`${id}-scope`} options={SCOPES} value={f.scope} onChange={f.setScope} />
      ) : (
        <Text className='list-filters__note'>{`正在看全县的${p.noun}。选好您的站点后，可以只看身边的。`}</Text>
      )}
      <Segmented id={`${id}-sort`} options={p.sorts} value={f.sort} onChange={(s) => void f.setSort(s)} />
      {f.locating ? <Text className='list-filters__note'>正在确定您的位置…</Text> : null}
      {f.notice ? (
        <Text id={`${id}-sort-notice`} className='list-filters__note list-filters__note--warn'>
          {f.notice}
        </Text>
      ) : null}
      <ScrollView scrollX className='list-filters__cats' enableFlex>
        <View className='list-filters__cats-row'>
          {p.chips}
          <Chip id={`${id}-cat-all`} selectable selected={!f.category} onClick={() => f.setCategory(undefined)}>
            全部
          </Chip>
          {p.categories.map((c, i) => (
            <Chip key={c} id={`${id}-cat-${i}`} selectable selected={f.category === c} onClick={() => f.setCategory(c)}>
              {c}
            </Chip>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
