import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import PersonFinder from '@/components/person-finder';
import { CIVILITY_MAX } from '@/contracts/points';
import type { PersonView, UserView } from '@/contracts/user';
import { ROUTES } from '@/services/env';
import { goBack } from '@/services/nav';
import { pointsApi } from '@/services/points';
import AwardForm, { type Awarded } from './award-form';
import ResidentFinder, { type Resident } from './resident-finder';
import './index.scss';

function Award({ user }: { user: UserView }) {
  const [resident, setResident] = useState<Resident>();
  const [done, setDone] = useState<Awarded>();
  // A new form (and request key) for every award.
  const [round, setRound] = useState(0);

  if (!user.staff) {
    return (
      <StateView
        id='award-state'
        status='error'
        title='只有站点工作人员可以发放'
        description='文明行为奖励由村（社区）站点的工作人员发放。'
      >
        <ActionButton id='award-btn-back' type='secondary' onClick={() => goBack(ROUTES.me)}>
          返回
        </ActionButton>
      </StateView>
    );
  }

  // Found by 个人码 or search: their balance when they are of the caller's area (points.userHistory), else unknown.
  async function picked(p: PersonView) {
    if (p.id === user.id) return void Taro.showToast({ title: '不能给自己发放积分', icon: 'none' });
    const name = p.realName ?? p.nickname;
    setResident({ id: p.id, nickname: name });
    const r = await pointsApi.userHistory({ userId: p.id, limit: 1 });
    if (r.ok) setResident((cur) => (cur?.id === p.id ? { ...cur, balance: r.data.user.balance } : cur));
  }

  function again(same: boolean) {
    setDone(undefined);
    setRound((n) => n + 1);
    if (!same) setResident(undefined);
    else if (resident && done) setResident({ ...resident, balance: done.balanceAfter });
  }

  return (
    <View className='page award'>
      <Text className='page__lead'>居民垃圾分类做得好、帮助邻居、移风易俗……都可以奖励爱心积分，每次 1 到 {CIVILITY_MAX} 分。</Text>
      {resident ? (
        <Card
          id='award-resident'
          title='发给这位居民'
          extra={
            done ? null : (
              <ActionButton id='award-btn-change' type='secondary' size='compact' onClick={() => again(false)}>
                换一位
              </ActionButton>
            )
          }
        >
          <Text id='award-resident-name' className='award__name'>
            {resident.nickname || '居民'}
          </Text>
          {/* After an award the header shows the balance the award answered, not the one read before it. */}
          {(done?.balanceAfter ?? resident.balance) !== undefined ? (
            <Text id='award-resident-balance' className='page__text'>{`现在有 ${done?.balanceAfter ?? resident.balance} 分`}</Text>
          ) : null}
        </Card>
      ) : (
        <View>
          <PersonFinder idPrefix='award-person' title='第一步：找到居民' onPick={(p) => void picked(p)} />
          <ResidentFinder meId={user.id} onFound={setResident} />
        </View>
      )}
      {resident && !done ? <AwardForm key={round} resident={resident} onAwarded={setDone} /> : null}
      {resident && done ? (
        <Card id='award-result' title='发放成功' tone='highlight'>
          <Text id='award-result-text' className='page__text'>
            {done.duplicate
              ? `这次发放之前已经记好了，没有重复发放。${resident.nickname}现在有 ${done.balanceAfter} 分。`
              : `已给${resident.nickname}发放 ${done.amount} 分爱心积分，现在共有 ${done.balanceAfter} 分。对方会收到一条消息。`}
          </Text>
          <View className='page__actions'>
            <ActionButton id='award-btn-next' type='primary' onClick={() => again(false)}>
              给其他居民发放
            </ActionButton>
            <ActionButton id='award-btn-again' type='plain' onClick={() => again(true)}>
              再给这位居民发放
            </ActionButton>
          </View>
        </Card>
      ) : null}
    </View>
  );
}

/** 文明行为奖励 (staff): find the resident by their 编号, pick a category and 1–50 points, see the result. */
export default function AwardPage() {
  return <SessionGate idPrefix='award'>{(user) => <Award user={user} />}</SessionGate>;
}
