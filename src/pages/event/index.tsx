import { View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import GuideCard from '@/components/guide-card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import type { UserView } from '@/contracts/user';
import { ROUTES } from '@/services/env';
import { openRegisterVolunteer, switchTab } from '@/services/nav';

function EventHome({ user }: { user: UserView }) {
  const v = user.volunteer;
  return (
    <View className='page'>
      <StateView
        id='event-empty'
        status='empty'
        size='inline'
        icon='志'
        title='暂时还没有志愿服务活动'
        description={
          v
            ? '这里会列出身边的志愿服务活动，比如政策宣讲、义诊、文明引导。有新活动时，您可以在这里报名。'
            : '这里会列出身边的志愿服务活动，比如政策宣讲、义诊、文明引导。注册成为志愿者后就能报名。'
        }
      >
        {!v ? (
          <ActionButton id='event-btn-register-volunteer' type='primary' size='large' onClick={openRegisterVolunteer}>
            注册志愿者
          </ActionButton>
        ) : null}
        <ActionButton id='event-btn-home' type='plain' onClick={() => switchTab(ROUTES.home)}>
          回到首页
        </ActionButton>
      </StateView>
      <GuideCard
        id='event-guide'
        title='怎么参加志愿活动'
        intro='志愿服务活动由志愿服务队和文明实践站发布，每场活动有固定的名额和时间。'
        steps={[
          '注册成为志愿者：填写姓名、手机号和服务站点',
          '选择活动和场次报名；名额满了可以排队候补',
          '活动当天在现场扫码或定位签到、签退',
          '队长确认服务时长后，您会获得爱心积分',
        ]}
      />
    </View>
  );
}

export default function EventPage() {
  return <SessionGate idPrefix='event'>{(user) => <EventHome user={user} />}</SessionGate>;
}
