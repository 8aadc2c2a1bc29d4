import { View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import GuideCard from '@/components/guide-card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import type { UserView } from '@/contracts/user';
import { ROUTES } from '@/services/env';
import { openRegisterVolunteer, openStationPicker, switchTab } from '@/services/nav';

function WishHome({ user }: { user: UserView }) {
  return (
    <View className='page'>
      <StateView
        id='wish-empty'
        status='empty'
        size='inline'
        icon='心'
        title='暂时还没有心愿'
        description='这里会列出身边居民的微心愿。生活上有小困难，可以许一个心愿；志愿者和爱心单位认领后，会帮忙实现。'
      >
        {!user.homeStationId ? (
          <ActionButton id='wish-btn-choose-station' type='primary' size='large' onClick={() => openStationPicker('home')}>
            先选择我的站点
          </ActionButton>
        ) : null}
        {!user.volunteer ? (
          <ActionButton id='wish-btn-register-volunteer' type='secondary' onClick={openRegisterVolunteer}>
            注册志愿者，帮别人实现心愿
          </ActionButton>
        ) : null}
        <ActionButton id='wish-btn-home' type='plain' onClick={() => switchTab(ROUTES.home)}>
          回到首页
        </ActionButton>
      </StateView>
      <GuideCard
        id='wish-guide'
        title='心愿是怎么实现的'
        intro='微心愿是居民的小小愿望，比如一台收音机、一套学习用品、有人上门修修门窗。'
        steps={[
          '居民写下心愿，说明需要什么、为什么需要',
          '站点工作人员看过后，心愿就会出现在这里',
          '志愿者或爱心单位认领，7天内帮忙实现',
          '居民确认收到并评价，认领人获得爱心积分',
        ]}
      />
    </View>
  );
}

export default function WishPage() {
  return <SessionGate idPrefix='wish'>{(user) => <WishHome user={user} />}</SessionGate>;
}
