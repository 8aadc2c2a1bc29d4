import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import QrCode from '@/components/qr-code';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import { USER_CODE, type UserCodeView, type UserView } from '@/contracts/user';
import type { Fail } from '@/contracts/result';
import { userApi } from '@/services/user';
import './index.scss';

/**
 * The code is asked for again every USER_CODE.refreshMs while the page shows (a screenshot goes stale after
 * USER_CODE.maxAgeMs), and at once when the page shows again.
 */
function useUserCode() {
  const [code, setCode] = useState<UserCodeView>();
  const [error, setError] = useState<Fail>();
  const [shown, setShown] = useState(true);
  const [round, setRound] = useState(0);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  useEffect(() => {
    if (!shown) return undefined;
    let live = true;
    const load = async () => {
      const r = await userApi.myCode();
      if (!live) return;
      if (r.ok) {
        setCode(r.data);
        setError(undefined);
      } else setError(r);
    };
    void load();
    const timer = setInterval(() => void load(), USER_CODE.refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [shown, round]);
  return { code, error, retry: () => setRound((n) => n + 1) };
}

function UserCode({ user }: { user: UserView }) {
  const { code, error, retry } = useUserCode();
  if (!code) {
    return <StateView id='user-code-state' status={error ? 'error' : 'loading'} error={error} onRetry={retry} />;
  }
  return (
    <View className='page user-code'>
      <Card id='user-code-card'>
        <Text className='user-code__name'>{user.volunteer?.realName ?? user.nickname}</Text>
        <QrCode id='user-code-qr' text={code.code} size='large' label='个人码' />
        <Text className='user-code__hint'>
          请把这个码给工作人员扫一扫，他们就能找到您，不用念编号。码每分钟自动更新，截图10分钟后失效。
        </Text>
      </Card>
      <View className='page__actions'>
        <ActionButton id='user-code-btn-refresh' type='secondary' onClick={retry}>
          刷新
        </ActionButton>
      </View>
    </View>
  );
}

/** 我的个人码: a QR of the server-signed code staff scan to find this user (civility points, proxy wishes). */
export default function UserCodePage() {
  return <SessionGate idPrefix='user-code'>{(user) => <UserCode user={user} />}</SessionGate>;
}
