import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import SessionGate from '@/components/session-gate';
import { PRODUCER_STATUS_LABELS, type ListingView } from '@/contracts/market';
import { usePagedList } from '@/hooks/use-paged-list';
import { useResource } from '@/hooks/use-resource';
import { useShownAgain } from '@/hooks/use-shown-again';
import { marketApi, openListingForm, openMarketPage } from '@/services/market';
import { openOrderPage } from '@/services/order';
import ApprovedProducer from '../approved-producer';
import ListingList from '../listing-list';
import '../market.scss';

/** 我的商品: a producer's listings in every state, with stock; 上架新商品. A villager not yet registered is sent to register. */
function Mine() {
  const me = useResource(() => marketApi.myProducer(), []);
  const approved = me.data?.status === 'approved';
  const list = usePagedList<ListingView>((cursor, limit) => marketApi.myListings({ cursor, limit }), [], { enabled: approved });
  useShownAgain(() => void (approved ? list.refresh() : me.reload()));

  return (
    <ApprovedProducer
      id='mine-state'
      me={me}
      title={me.data ? `农户登记${PRODUCER_STATUS_LABELS[me.data.status]}` : '还没有登记为农户'}
      description={
        me.data?.status === 'pending'
          ? '站点工作人员审核后，您就可以上架农产品了。'
          : '在您所在的文明实践站登记为农户，审核通过后就可以上架农产品。'
      }
      actions={
        <ActionButton id='mine-btn-register' type='primary' onClick={() => openMarketPage('producer')}>
          {me.data ? '查看我的登记' : '登记为农户'}
        </ActionButton>
      }
    >
      {(p) => (
        <View className='page'>
          <View className='market-list__head'>
            <Text className='page__text'>{`${p.name} · ${p.stationName}`}</Text>
          </View>
          <View className='page__actions'>
            <ActionButton id='mine-btn-new' type='primary' size='large' onClick={() => openListingForm()}>
              上架新商品
            </ActionButton>
            <ActionButton id='mine-btn-sales' type='secondary' onClick={() => openOrderPage('sales')}>
              我的销售和收入
            </ActionButton>
          </View>
          <ListingList
            list={list}
            idPrefix='mine'
            empty={{ icon: '货', title: '还没有上架的商品', text: '点“上架新商品”，把自家的农产品放到集市上。' }}
          />
        </View>
      )}
    </ApprovedProducer>
  );
}

export default function MinePage() {
  return <SessionGate idPrefix='mine'>{() => <Mine />}</SessionGate>;
}
