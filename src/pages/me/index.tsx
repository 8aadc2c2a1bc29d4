import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import ProfileCard from '@/components/profile-card';
import SessionGate from '@/components/session-gate';
import StationSummary from '@/components/station-summary';
import VolunteerStatus from '@/components/volunteer-status';
import type { UserView } from '@/contracts/user';
import { goIdentityPicker } from '@/hooks/use-session';
import { DEV_LOGIN, ROUTES } from '@/services/env';
import { homeStationLabel } from '@/services/format';
import { openRegisterVolunteer, openStationPicker } from '@/services/nav';
import { getSession, signOut, startSession, updateSessionUser } from '@/services/session';
import { userApi } from '@/services/user';

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

function Me({ user }: { user: UserView }) {
  return (
    <View className='page'>
      <ProfileCard user={user} />
      <StationSummary idPrefix='me' stationName={homeStationLabel(user)} onChoose={() => openStationPicker('home')} />
      <VolunteerStatus volunteer={user.volunteer} onRegister={openRegisterVolunteer} />
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
