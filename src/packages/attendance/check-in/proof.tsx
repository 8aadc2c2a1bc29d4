import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import ErrorLine from '@/components/error-line';
import TextField from '@/components/text-field';
import type { MyAttendanceAction, MyAttendanceView } from '@/contracts/attendance';
import type { GeoPoint } from '@/contracts/geo';
import type { Result } from '@/contracts/result';
import { scanCheckInCode } from '@/services/attendance';
import { locate, type LocateFailure } from '@/services/location';

export type Proof = { code: string } | { location: GeoPoint };
type How = 'scan' | 'code' | 'locate';

type Props = {
  action: MyAttendanceAction;
  radiusM: number;
  /** weapp: the camera scanner; H5 has none, so a field to paste or type the code. */
  scan: boolean;
  send: (proof: Proof) => Promise<Result<MyAttendanceView>>;
  onDone: (view: MyAttendanceView) => void;
};

// How each way's button looks: the code's two are the big ones, the location the second choice.
const LOOK: Record<How, { type: 'primary' | 'secondary'; size: 'large' | 'medium'; loadingText?: string }> = {
  scan: { type: 'primary', size: 'large' },
  code: { type: 'primary', size: 'large' },
  locate: { type: 'secondary', size: 'medium', loadingText: '正在定位…' },
};

const LOCATE_FAILED: Record<LocateFailure, string> = {
  'no-consent': '您没有同意使用位置信息，不能按位置签到。请扫描队长手机上的签到码。',
  denied: '没有获得定位权限，不能按位置签到。请扫描队长手机上的签到码，或在设置里允许使用位置。',
  unavailable: '暂时定不到位置。请打开手机定位后再试，或扫描队长手机上的签到码。',
};

/**
 * The two ways to prove one is there — the leader's code, or the location — each with its button and, right
 * under the button tapped, why it did not work (the server's words: too early, too far, code expired …).
 */
export default function ProofButtons({ action, radiusM, scan, send, onDone }: Props) {
  const word = action === 'checkIn' ? '签到' : '签退';
  const [busy, setBusy] = useState<How>();
  const [error, setError] = useState<{ how: How; text: string }>();
  const [code, setCode] = useState('');
  const id = (what: string) => `attendance-${action}-${what}`;

  async function run(how: How, proof: () => Promise<Proof | string | null>) {
    if (busy) return;
    setBusy(how);
    setError(undefined);
    const p = await proof();
    if (p === null || typeof p === 'string') {
      setBusy(undefined);
      if (p) setError({ how, text: p });
      return;
    }
    const r = await send(p);
    setBusy(undefined);
    if (r.ok) {
      setCode('');
      onDone(r.data);
    } else setError({ how, text: r.message });
  }

  const byScan = () =>
    run('scan', async () => {
      const s = await scanCheckInCode();
      return s.ok ? { code: s.code } : s.cancelled ? null : s.message;
    });
  const byCode = () => run('code', async () => (code.trim() ? { code: code.trim() } : `请先粘贴或输入签到码，再点「用签到码${word}」`));
  const byLocation = () =>
    run('locate', async () => {
      const l = await locate();
      return l.ok ? { location: l.point } : LOCATE_FAILED[l.reason];
    });

  const button = (how: How, label: string, tap: () => Promise<void>) => (
    <ActionButton id={id(`btn-${how}`)} {...LOOK[how]} loading={busy === how} onClick={() => void tap()}>
      {label}
    </ActionButton>
  );
  const errorOf = (how: How) => (
    <ErrorLine id={id(`error-${how}`)} className='attendance__error' text={error?.how === how ? error.text : undefined} />
  );

  return (
    <View className='attendance__actions'>
      {scan ? (
        <View>
          {button('scan', `扫码${word}`, byScan)}
          {errorOf('scan')}
        </View>
      ) : (
        <View>
          <TextField
            id={id('code')}
            label='签到码'
            value={code}
            onChange={setCode}
            max={200}
            placeholder='粘贴或输入队长手机上的签到码'
            hint='签到码每隔一会儿就会更新，请用队长手机上最新的'
          />
          {button('code', `用签到码${word}`, byCode)}
          {errorOf('code')}
        </View>
      )}
      <View>
        {button('locate', `按位置${word}`, byLocation)}
        <Text className='attendance__meta'>{`需要在活动地点 ${radiusM} 米以内`}</Text>
        {errorOf('locate')}
      </View>
    </View>
  );
}
