import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import { CIVILITY_MAX } from '@/contracts/points';
import type { UserView } from '@/contracts/user';
import { ROUTES } from '@/services/env';
import { goBack } from '@/services/nav';
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
      <StateView id='award-state' status='error' title='只有站点工作人员可以发放' description='文明积分由村（社区）站点的工作人员发放。'>
        <ActionButton id='award-btn-back' type='secondary' onClick={() => goBack(ROUTES.me)}>
          返回
        </ActionButton>
      </StateView>
    );
  }

  function again(same: boolean) {
    setDone(undefined);
    setRound((n) => n + 1);
    if (!same) setResident(undefined);
    else if (resident && done) setResident({ ...resident, balance: done.balanceAfter });
  }

  return (
    <View className='page award'>
      <Text className='page__lead'>居民垃圾分类做得好、帮助邻居、移风易俗……都可以奖励文明积分，每次 1 到 {CIVILITY_MAX} 分。</Text>
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
          <Text className='page__text'>现在有 {resident.balance} 分爱心积分</Text>
        </Card>
      ) : (
        <ResidentFinder meId={user.id} onFound={setResident} />
      )}
      {resident && !done ? <AwardForm key={round} resident={resident} onAwarded={setDone} /> : null}
      {resident && done ? (
        <Card id='award-result' title='发放成功' tone='highlight'>
          <Text id='award-result-text' className='page__text'>
            {done.duplicate
              ? `这次发放之前已经记好了，没有重复发放。${resident.nickname}现在有 ${done.balanceAfter} 分。`
              : `已给${resident.nickname}发放 ${done.amount} 分文明积分，现在共有 ${done.balanceAfter} 分。对方会收到一条消息。`}
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

/** 发放文明积分 (staff): find the resident by their 编号, pick a category and 1–50 points, see the result. */
export default function AwardPage() {
  return <SessionGate idPrefix='award'>{(user) => <Award user={user} />}</SessionGate>;
}
