import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import WishForm from '@/components/wish-form';
import PersonFinder from '@/components/person-finder';
import type { PersonView, UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { adminApi } from '@/services/admin';
import { ROUTES } from '@/services/env';
import { goBack } from '@/services/nav';
import { wishAbilities } from '@/services/wish';

/** The form once the staff member's stations are known: it offers only those (their area), not the county. */
function ProxyForm({ user }: { user: UserView }) {
  const stations = useResource(() => adminApi.scopeStations(), [user.id]);
  const [found, setFound] = useState<PersonView>();
  if (!stations.data) {
    return (
      <StateView
        id='proxy-stations-state'
        status={stations.status === 'error' ? 'error' : 'loading'}
        error={stations.error}
        onRetry={() => void stations.reload()}
      />
    );
  }
  const list = stations.data.items.map((n) => ({ id: n.id, name: n.name }));
  const resident = found ? { name: found.realName ?? found.nickname, stationName: found.stationName } : undefined;
  return (
    <View>
      {found ? (
        <Text
          id='proxy-resident'
          className='page__text'
        >{`为 ${resident?.name ?? ''} 登记（已填好姓名${resident?.stationName ? '和站点' : ''}，请核对）`}</Text>
      ) : (
        <PersonFinder idPrefix='proxy-person' title='居民用过小程序？先找到他（选填）' onPick={setFound} />
      )}
      {/* A new form for the resident found: their name (and station) filled in. */}
      <WishForm key={found?.id ?? 'blank'} mode='proxy' user={user} idPrefix='proxy-form' stations={list} resident={resident} />
    </View>
  );
}

/**
 * 代居民许愿 (敲门行动): staff record a wish for a resident without a smartphone. The wish keeps the
 * resident's name, phone and address; it still goes through review, and the recorder confirms it later.
 */
export default function StaffProxyPage() {
  return (
    <SessionGate idPrefix='proxy-page'>
      {(user) =>
        wishAbilities(user).staff ? (
          <View className='page'>
            <Text className='page__lead'>
              替没有智能手机的居民登记心愿：写清居民的姓名、电话和住址。心愿由您跟进，审核、认领的消息会发给您；志愿者办好后，由您代居民确认。
            </Text>
            <ProxyForm user={user} />
          </View>
        ) : (
          <StateView id='proxy-state' status='error' error={{ code: 'FORBIDDEN', message: '只有站点工作人员（网格员）可以代居民许愿。' }}>
            <ActionButton id='proxy-btn-back' type='plain' onClick={() => goBack(ROUTES.wish)}>
              返回
            </ActionButton>
          </StateView>
        )
      }
    </SessionGate>
  );
}
