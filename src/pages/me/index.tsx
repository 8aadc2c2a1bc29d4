import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import CareModeSwitch from '@/components/care-mode';
import PointsAndMessages from '@/components/points-and-messages';
import PointsUserCode from '@/components/points-user-code';
import ProfileCard from '@/components/profile-card';
import SessionGate from '@/components/session-gate';
import StationSummary from '@/components/station-summary';
import VolunteerStatus from '@/components/volunteer-status';
import { ADMIN_ROUTES } from '@/contracts/routes';
import type { UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { goIdentityPicker } from '@/hooks/use-session';
import { DEV_LOGIN, ROUTES } from '@/services/env';
import { homeStationLabel } from '@/services/format';
import { INBOX_ROUTE, getUnread, refreshUnread, subscribeUnread } from '@/services/inbox';
import { openRegisterVolunteer, openStationPicker } from '@/services/nav';
import { POINTS_ROUTES, pointsApi } from '@/services/points';
import { getSession, signOut, startSession, updateSessionUser } from '@/services/session';
import { userApi } from '@/services/user';
import ServiceCells from './service-cells';

/** Pull-down: the fresh profile (or a new login when there is no user yet). */
async function refreshProfile(): Promise<void> {
  if (!getSession().user) {
    await startSession();
    return;
  }
  const r = await userApi.profile({});
  if (r.ok) updateSessionUser(r.data);
  else void Taro.showToast({ title: r.message, icon: 'none' });
}

function switchIdentity(): void {
  signOut();
  goIdentityPicker(ROUTES.me);
}

const open = (url: string) => void Taro.navigateTo({ url });

/** Balance and unread count, loaded with the page, each time 我的 shows and on pull-down (the tab badge follows). */
function useMyCounts(userId: string) {
  const points = useResource(() => pointsApi.balance(), [userId]);
  const unread = useSyncExternalStore(subscribeUnread, getUnread, getUnread);
  const loadedAt = useRef(0);
  useEffect(() => {
    loadedAt.current = Date.now();
    void refreshUnread();
  }, [userId]);
  useDidShow(() => {
    if (Date.now() - loadedAt.current < 1500) return; // the first show: just loaded
    void points.reload();
    void refreshUnread();
  });
  usePullDownRefresh(() => {
    void points.reload();
    void refreshUnread();
  });
  return { balance: points.data?.balance, unread };
}

function Me({ user }: { user: UserView }) {
  const { balance, unread } = useMyCounts(user.id);
  return (
    <View className='page'>
      <ProfileCard user={user} />
      <PointsAndMessages
        idPrefix='me'
        balance={balance}
        unread={unread}
        staff={user.staff}
        onOpenPoints={() => open(POINTS_ROUTES.mine)}
        onOpenInbox={() => open(INBOX_ROUTE)}
        onOpenAward={() => open(POINTS_ROUTES.award)}
      />
      <StationSummary idPrefix='me' stationName={homeStationLabel(user)} onChoose={() => openStationPicker('home')} />
      <VolunteerStatus volunteer={user.volunteer} onRegister={openRegisterVolunteer} />
      <ServiceCells user={user} />
      <Card
        id='me-code-card'
        title='个人码'
        extra={
          <ActionButton id='me-btn-user-code' type='secondary' size='compact' onClick={() => open(ROUTES.userCode)}>
            出示
          </ActionButton>
        }
      >
        <Text className='page__text'>办事、领积分时给工作人员扫一扫，不用念编号。</Text>
      </Card>
      {user.staff ? (
        <Card
          id='me-workbench-card'
          title='工作台'
          extra={
            <ActionButton id='me-btn-workbench' type='primary' size='compact' onClick={() => open(ADMIN_ROUTES.home)}>
              打开
            </ActionButton>
          }
        >
          <Text className='page__text'>待审核的心愿、志愿者和商品，以及管理功能。</Text>
        </Card>
      ) : null}
      <PointsUserCode idPrefix='me' userId={user.id} />
      <CareModeSwitch idPrefix='me' />
      {DEV_LOGIN ? (
        <Card id='dev-identity-card' title='演示身份'>
          <Text className='page__text'>本地演示环境：可以换成居民、志愿者、队长等身份体验。</Text>
          <View className='page__actions'>
            <ActionButton id='btn-switch-identity' type='secondary' onClick={switchIdentity}>
              切换身份
            </ActionButton>
          </View>
        </Card>
      ) : null}
    </View>
  );
}

export default function MePage() {
  usePullDownRefresh(() => {
    void refreshProfile().finally(() => Taro.stopPullDownRefresh());
  });
  return <SessionGate idPrefix='me'>{(user) => <Me user={user} />}</SessionGate>;
}
