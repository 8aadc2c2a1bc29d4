import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import QrCode from '@/components/qr-code';
import StateView from '@/components/state-view';
import type { LiveCodeView } from '@/contracts/attendance';
import type { Fail } from '@/contracts/result';
import { attendanceApi, openAttendance } from '@/services/attendance';
import { IS_WEAPP } from '@/services/env';
import PersonScan from './person-scan';
import './index.scss';
import '../attendance.scss';

type Shown = { code: LiveCodeView; at: number };

/**
 * The code, fetched again `refreshMs` after each answer (the server's number) while the page shows. The
 * countdown runs on this phone's clock from the moment the answer came, never on the server's times.
 */
function useLiveCode(slotId: string) {
  const [shown, setShown] = useState<Shown>();
  const [error, setError] = useState<Fail>();
  const [now, setNow] = useState(() => Date.now());
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const active = useRef(true);
  // The timer calls the latest load through this ref (a callback cannot name itself before it exists).
  const again = useRef<() => Promise<void>>();

  const load = useCallback(async () => {
    clearTimeout(timer.current);
    const r = await attendanceApi.liveCode({ slotId });
    if (!active.current) return;
    if (r.ok) {
      setShown({ code: r.data, at: Date.now() });
      setError(undefined);
      timer.current = setTimeout(() => void again.current?.(), r.data.refreshMs);
    } else {
      setError(r);
      // A network hiccup: try again soon; a refusal (not an organiser, slot cancelled) waits for 重试.
      if (r.code === 'NETWORK') timer.current = setTimeout(() => void again.current?.(), 5000);
    }
  }, [slotId]);

  useEffect(() => {
    again.current = load;
    active.current = true;
    // Fetching is what this effect is for (as in hooks/use-resource): the answer sets the state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      active.current = false;
      clearTimeout(timer.current);
      clearInterval(tick);
    };
  }, [load]);
  // Hidden (another page, the phone locked): stop fetching; back: a fresh code at once.
  useDidHide(() => {
    active.current = false;
    clearTimeout(timer.current);
  });
  useDidShow(() => {
    if (active.current) return;
    active.current = true;
    void load();
  });
  return { shown, error, now, reload: load };
}

function Live({ slotId }: { slotId: string }) {
  const { shown, error, now, reload } = useLiveCode(slotId);
  useEffect(() => {
    // The leader holds the phone up for a while: keep the screen on (weapp only).
    if (IS_WEAPP) void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
  }, []);

  if (!slotId) return <StateView id='attendance-live-state' status='error' error={{ code: 'NOT_FOUND', message: '没有找到这个场次' }} />;
  if (!shown) {
    if (error)
      return (
        <StateView
          id='attendance-live-state'
          status='error'
          error={error}
          onRetry={() => void reload()}
          retryId='attendance-live-btn-retry'
        />
      );
    return <StateView id='attendance-live-state' status='loading' title='正在生成签到码…' />;
  }
  const { code, at } = shown;
  // The ticking clock may lag the answer by up to a second: never count above the refresh interval.
  const left = Math.min(Math.ceil(code.refreshMs / 1000), Math.max(0, Math.ceil((at + code.refreshMs - now) / 1000)));
  const expired = now - at > code.expiresAt - code.issuedAt;
  return (
    <View id='attendance-live' className='page attendance'>
      <View className='attendance__block attendance-live__block'>
        <Text className='attendance-live__lead'>请志愿者用微信「扫码签到」扫描</Text>
        <View
          id='attendance-live-code'
          className='attendance-live__code'
          data-token={code.token}
          data-issued={code.issuedAt}
          data-slot={code.slotId}
        >
          <QrCode text={code.token} size='large' label='现场签到码' />
        </View>
        <Text id='attendance-live-countdown' className='attendance-live__countdown' data-left={left}>
          {expired ? '签到码已过期，正在重新获取…' : `${left} 秒后自动更新`}
        </Text>
        <Text className='attendance__meta'>签到码一直在变，拍照或截图转发都不能用，请让志愿者在现场扫码。</Text>
        {error ? (
          <Text id='attendance-live-error' className='attendance__error'>
            {`更新没有成功：${error.message}`}
          </Text>
        ) : null}
        <View className='attendance__stats'>
          <View className='attendance__stat'>
            <Text id='attendance-live-checked-in' className='attendance__stat-value'>{`${code.checkedIn}/${code.seats}`}</Text>
            <Text className='attendance__stat-label'>已签到</Text>
          </View>
          <View className='attendance__stat'>
            <Text id='attendance-live-checked-out' className='attendance__stat-value'>{`${code.checkedOut}`}</Text>
            <Text className='attendance__stat-label'>已签退</Text>
          </View>
        </View>
      </View>
      <PersonScan slotId={slotId} onDone={() => void reload()} />
      <View className='page__actions'>
        <ActionButton id='attendance-live-btn-refresh' type='secondary' onClick={() => void reload()}>
          马上更新签到码
        </ActionButton>
        <ActionButton id='attendance-live-btn-roster' type='plain' onClick={() => openAttendance('roster', { slotId })}>
          查看考勤名单
        </ActionButton>
      </View>
    </View>
  );
}

/** The leader's live check-in code for one slot (?slotId=…): a QR of a server-signed token that refreshes itself. */
export default gatedPage('attendance-live-page', (_, query) => <Live slotId={query('slotId')} />);
