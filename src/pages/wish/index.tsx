import { View } from '@tarojs/components';
import ListFilters, { type FilterOption } from '@/components/list-filters';
import PrivacyPopup from '@/components/privacy-popup';
import SessionGate from '@/components/session-gate';
import { ChooseHomeStation, TabSection } from '@/components/tab-head';
import WishList from '@/components/wish-list';
import type { UserView } from '@/contracts/user';
import { useShownAgain } from '@/hooks/use-shown-again';
import { WISH_CATEGORY_OPTIONS } from '@/services/wish';
import { usePool, type PoolSort } from './use-pool';
import WishEntries from './wish-entries';

const SCOPE_WORDS = { station: '本站', institute: '本所', county: '全县' } as const;
const SORTS: FilterOption<PoolSort>[] = [
  { value: 'newest', label: '最新' },
  { value: 'nearest', label: '离我最近' },
];

function WishHome({ user }: { user: UserView }) {
  const pool = usePool(user.homeStationId);
  // Back from a wish (claimed, withdrawn …): the pool may have changed. One read, the list stays on screen.
  useShownAgain(() => void pool.list.refresh());
  const wider = pool.scope === 'station' ? 'institute' : pool.scope === 'institute' ? 'county' : undefined;

  return (
    <View className='page'>
      <WishEntries user={user} />
      {!user.homeStationId ? <ChooseHomeStation id='wish-btn-choose-station' what='心愿' /> : null}
      <TabSection>等待认领的心愿</TabSection>
      <ListFilters
        idPrefix='wish'
        noun='心愿'
        hasHome={!!user.homeStationId}
        filters={pool}
        sorts={SORTS}
        categories={WISH_CATEGORY_OPTIONS}
      />
      <WishList
        list={pool.list}
        idPrefix='wish-pool'
        empty={{
          title: `${SCOPE_WORDS[pool.scope]}暂时没有等待认领的心愿`,
          text: wider ? `可以看看${SCOPE_WORDS[wider]}的心愿，或者换一个类别。` : '心愿通过站点审核后会出现在这里。您也可以许一个心愿。',
          action: wider
            ? {
                id: 'wish-btn-wider',
                label: `看${SCOPE_WORDS[wider]}的心愿`,
                type: 'secondary',
                how: 'run',
                run: () => pool.setScope(wider),
              }
            : undefined,
        }}
      />
      <PrivacyPopup purpose='location' />
    </View>
  );
}

export default function WishPage() {
  return <SessionGate idPrefix='wish'>{(user) => <WishHome user={user} />}</SessionGate>;
}
