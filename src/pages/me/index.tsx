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

type OpenCardProps = { id: string; title: string; buttonId: string; button: string; primary?: boolean; url: string; children: string };

/** A card that says what a page is for, with the small button that opens it. */
function OpenCard({ id, title, buttonId, button, primary, url, children }: OpenCardProps) {
  const btn = (
    <ActionButton id={buttonId} type={primary ? 'primary' : 'secondary'} size='compact' onClick={() => open(url)}>
      {button}
    </ActionButton>
  );
  return (
    <Card id={id} title={title} extra={btn}>
      <Text className='page__text'>{children}</Text>
    </Card>
  );
}

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
      <OpenCard id='me-code-card' title='个人码' buttonId='me-btn-user-code' button='出示' url={ROUTES.userCode}>
        办事、领积分时给工作人员扫一扫，不用念编号。
      </OpenCard>
      {user.staff ? (
        <OpenCard id='me-workbench-card' title='工作台' buttonId='me-btn-workbench' button='打开' primary url={ADMIN_ROUTES.home}>
          待审核的心愿、志愿者和商品，以及管理功能。
        </OpenCard>
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
