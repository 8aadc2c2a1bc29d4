import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import PagedListView from '@/components/paged-list-view';
import SessionGate from '@/components/session-gate';
import Tabs from '@/components/tabs';
import TextField from '@/components/text-field';
import type { ListingView, ProducerView } from '@/contracts/market';
import type { UserView } from '@/contracts/user';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { marketApi } from '@/services/market';
import ListingList from '../listing-list';
import ProducerRow from './producer-row';
import '../market.scss';

type View_ = 'listings' | 'producers';

/** Staff register a villager without a phone at their home station (approved at once). */
function ProxyRegister({ stationId, onDone }: { stationId?: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [village, setVillage] = useState('');
  const [error, setError] = useState<string>();
  if (!stationId) return null;
  async function submit() {
    const r = await marketApi.registerProducer({
      name: name.trim(),
      phone: phone.trim(),
      village: village.trim(),
      stationId: stationId as string,
      proxy: true,
    });
    if (!r.ok) return setError(r.message);
    setName('');
    setPhone('');
    setVillage('');
    setError(undefined);
    onDone();
  }
  return (
    <View className='market-form'>
      <Text className='page__section'>为没有智能手机的村民登记</Text>
      <TextField id='proxy-producer-name' label='姓名' value={name} onChange={setName} max={20} />
      <TextField id='proxy-producer-phone' label='手机号码' type='number' value={phone} onChange={setPhone} max={11} />
      <TextField id='proxy-producer-village' label='所在村' value={village} onChange={setVillage} max={20} />
      {error ? <Text className='page__banner page__banner--error'>{error}</Text> : null}
      <ActionButton id='proxy-producer-btn-submit' type='secondary' onClick={() => void submit()}>
        登记农户
      </ActionButton>
    </View>
  );
}

/** 集市审核: the listings waiting in the caller's area, and its producers (registrations, the support badge, listing on behalf). */
function Review({ user }: { user: UserView }) {
  const [tab, setTab] = useState<View_>('listings');
  const listings = usePagedList<ListingView>((cursor, limit) => marketApi.reviewQueue({ cursor, limit }), [], {
    enabled: tab === 'listings',
  });
  const producers = usePagedList<ProducerView>((cursor, limit) => marketApi.producers({ cursor, limit }), [], {
    enabled: tab === 'producers',
    pageEvents: false,
  });
  useShownAgain(() => void (tab === 'listings' ? listings.refresh() : producers.refresh()));
  return (
    <View className='page'>
      <Tabs idPrefix='market-review' labels={{ listings: '待审核商品', producers: '农户' }} value={tab} onChange={setTab} />
      {tab === 'listings' ? (
        <ListingList
          list={listings}
          idPrefix='market-review'
          empty={{ icon: '审', title: '没有等待审核的商品', text: '农户上架的商品会出现在这里，请检查质量后审核。' }}
        />
      ) : (
        <View>
          <PagedListView
            list={producers}
            idPrefix='market-producers'
            empty={{ icon: '农', title: '还没有登记的农户', text: '村民在站点登记为农户后会出现在这里。' }}
          >
            {(p) => <ProducerRow producer={p} />}
          </PagedListView>
          <ProxyRegister stationId={user.homeStationId} onDone={() => void producers.refresh()} />
        </View>
      )}
    </View>
  );
}

export default function MarketReviewPage() {
  return <SessionGate idPrefix='market-review'>{(user) => <Review user={user} />}</SessionGate>;
}
