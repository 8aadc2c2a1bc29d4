import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import Cell from '@/components/cell';
import CareModeSwitch from '@/components/care-mode';
import PointsAndMessages from '@/components/points-and-messages';
import PointsUserCode from '@/components/points-user-code';
import ProfileCard from '@/components/profile-card';
import SessionGate from '@/components/session-gate';
import StationSummary from '@/components/station-summary';
import VolunteerStatus from '@/components/volunteer-status';
import { ADMIN_ROUTES, ATTENDANCE_ROUTES, LEDGER_ROUTES, ORDER_ROUTES } from '@/contracts/routes';
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
      <View id='me-service' className='page__list'>
        <Cell id='me-cell-orders' title='我的订单' description='集市买的农产品、取货码' arrow onClick={() => open(ORDER_ROUTES.mine)} />
        {user.staff ? (
          <Cell
            id='me-cell-station-orders'
            title='站点订单'
            description='核销取货、备货和退款'
            arrow
            onClick={() => open(ORDER_ROUTES.station)}
          />
        ) : null}
        {user.staff ? (
          <Cell
            id='me-cell-ledger'
            title='站点台账'
            description='每月销售、农户收入、捐赠，可导出表格'
            arrow
            onClick={() => open(LEDGER_ROUTES.station)}
          />
        ) : null}
        {user.roles.some((r) => r.role === 'producer') ? (
          <Cell id='me-cell-income' title='每月收入' description='卖农产品每个月的收入' arrow onClick={() => open(LEDGER_ROUTES.income)} />
        ) : null}
        <Cell
          id='me-cell-donations'
          title='爱心物资捐赠'
          description='把物资捐给站点，帮助需要的家庭'
          arrow
          onClick={() => open(LEDGER_ROUTES.donations)}
        />
        {user.volunteer?.status === 'approved' ? (
          <Cell
            id='me-cell-records'
            title='我的服务记录'
            description={
              user.volunteer.star ? `${'★'.repeat(user.volunteer.star)} ${user.volunteer.star}星志愿者` : '参加活动、队长确认时长后累计'
            }
            extra={<Text id='me-service-hours'>{`${user.volunteer.hours} 小时`}</Text>}
            arrow
            onClick={() => open(ATTENDANCE_ROUTES.records)}
          />
        ) : null}
        <Cell id='me-cell-stars' title='志愿之星' description='每月评选的优秀志愿者' arrow onClick={() => open(ATTENDANCE_ROUTES.stars)} />
        {user.staff ? (
          <Cell
            id='me-cell-seal'
            title='站点公章'
            description='开具志愿服务证明用的公章'
            arrow
            onClick={() => open(ATTENDANCE_ROUTES.seal)}
          />
        ) : null}
      </View>
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
      {/* H5 only for now: the mini-program's sizes are rpx, which no root class can scale (docs/product.md). */}
      {process.env.TARO_ENV === 'h5' ? <CareModeSwitch idPrefix='me' /> : null}
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
