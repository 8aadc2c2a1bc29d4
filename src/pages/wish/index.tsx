import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import PrivacyPopup from '@/components/privacy-popup';
import SessionGate from '@/components/session-gate';
import WishList from '@/components/wish-list';
import type { UserView } from '@/contracts/user';
import { useShownAgain } from '@/hooks/use-shown-again';
import { openStationPicker } from '@/services/nav';
import PoolFilters from './pool-filters';
import { usePool } from './use-pool';
import WishEntries from './wish-entries';
import './index.scss';

const SCOPE_WORDS = { station: '本站', institute: '本所', county: '全县' } as const;

function WishHome({ user }: { user: UserView }) {
  const pool = usePool(user);
  // Back from a wish (claimed, withdrawn …): the pool may have changed. One read, the list stays on screen.
  useShownAgain(() => void pool.list.refresh());
  const wider = pool.scope === 'station' ? 'institute' : pool.scope === 'institute' ? 'county' : undefined;

  return (
    <View className='page wish-home'>
      <WishEntries user={user} />
      {!user.homeStationId ? (
        <View className='wish-home__station'>
          <ActionButton id='wish-btn-choose-station' type='secondary' onClick={() => openStationPicker('home')}>
            选择我的站点，看身边的心愿
          </ActionButton>
        </View>
      ) : null}
      <Text className='wish-home__section'>等待认领的心愿</Text>
      <PoolFilters pool={pool} hasHome={!!user.homeStationId} />
      <WishList
        list={pool.list}
        idPrefix='wish-pool'
        emptyTitle={`${SCOPE_WORDS[pool.scope]}暂时没有等待认领的心愿`}
        emptyText={wider ? `可以看看${SCOPE_WORDS[wider]}的心愿，或者换一个类别。` : '心愿通过站点审核后会出现在这里。您也可以许一个心愿。'}
        emptyActions={
          wider ? (
            <ActionButton id='wish-btn-wider' type='secondary' onClick={() => pool.setScope(wider)}>
              {`看${SCOPE_WORDS[wider]}的心愿`}
            </ActionButton>
          ) : null
        }
      />
      <PrivacyPopup purpose='location' />
    </View>
  );
}

export default function WishPage() {
  return <SessionGate idPrefix='wish'>{(user) => <WishHome user={user} />}</SessionGate>;
}
