import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import Chip from '@/components/chip';
import { gatedPage } from '@/components/gated-page';
import PagedListView, { type ListEmpty } from '@/components/paged-list-view';
import { DONATION_STATE_LABELS, type DonationState, type DonationView } from '@/contracts/donation';
import type { UserView } from '@/contracts/user';
import { usePagedList, type PagedList } from '@/hooks/use-paged-list';
import { donationApi } from '@/services/ledger';
import { takePickedStation, type PickedStation } from '@/services/station-pick';
import { DonationCard } from './card';
import { RegisterForm } from './form';
import '../ledger.scss';

const FILTERS: (DonationState | undefined)[] = ['pending', 'received', undefined];

/** A list of donations as cards; a card that changed (接收, 发放) loads the list again. */
function DonationList({ list, empty }: { list: PagedList<DonationView>; empty: Omit<ListEmpty, 'icon'> }) {
  return (
    <PagedListView list={list} idPrefix='donations' empty={{ icon: '捐', ...empty }}>
      {(d) => <DonationCard d={d} onChanged={() => void list.refresh()} />}
    </PagedListView>
  );
}

/** Staff: the node's donations by state. */
function StationList({ nodeId, version }: { nodeId: string; version: number }) {
  const [state, setState] = useState<DonationState | undefined>('pending');
  const list = usePagedList<DonationView>(
    (cursor, limit) => donationApi.stationDonations({ nodeId, ...(state ? { state } : {}), cursor, limit }),
    [nodeId, state, version],
  );
  return (
    <>
      <View className='ledger__chips'>
        {FILTERS.map((s) => (
          <Chip key={s ?? 'all'} id={`donations-filter-${s ?? 'all'}`} selectable selected={s === state} onClick={() => setState(s)}>
            {s ? DONATION_STATE_LABELS[s] : '全部'}
          </Chip>
        ))}
      </View>
      <DonationList list={list} empty={{ title: '这一类没有捐赠', text: '居民和爱心单位登记的捐赠，确认收到后可以发放给帮扶户。' }} />
    </>
  );
}

/** Residents and units: what they registered. */
function MyList({ version }: { version: number }) {
  const list = usePagedList<DonationView>((cursor, limit) => donationApi.myDonations({ cursor, limit }), [version]);
  return (
    <DonationList
      list={list}
      empty={{ title: '还没有登记过捐赠', text: '把物资送到站点时，在上面登记一下，站点确认收到后会发给需要帮助的家庭。' }}
    />
  );
}

/** 爱心物资捐赠: register goods donated at a station; staff confirm receipt and record handovers. ?nodeId= for staff. */
function Donations({ user, nodeParam, stationParam }: { user: UserView; nodeParam: string; stationParam: string }) {
  const scopes = user.roles.filter((r) => r.role === 'staff' || r.role === 'admin');
  const nodeId = nodeParam || scopes[0]?.nodeId;
  const home = user.homeStationId ? { id: user.homeStationId, name: user.homeStationName ?? '' } : undefined;
  const [station, setStation] = useState<PickedStation | undefined>(() => (stationParam ? { id: stationParam, name: '' } : home));
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState(false);
  useDidShow(() => {
    const s = takePickedStation();
    if (s) setStation(s);
  });
  return (
    <View id='donations' className='page'>
      <RegisterForm
        station={station}
        onDone={() => {
          setSaved(true);
          setVersion((v) => v + 1);
        }}
      />
      {saved ? (
        <Text id='donation-form-saved' className='ledger__note'>
          登记好了。站点管理员确认收到后，就可以发放了。
        </Text>
      ) : null}
      <Text className='page__section'>{nodeId ? '站点收到的捐赠' : '我登记的捐赠'}</Text>
      {nodeId ? <StationList nodeId={nodeId} version={version} /> : <MyList version={version} />}
    </View>
  );
}

export default gatedPage('donations-page', (user, query) => (
  <Donations user={user} nodeParam={query('nodeId')} stationParam={query('stationId')} />
));
