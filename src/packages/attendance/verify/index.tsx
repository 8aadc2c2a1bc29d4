import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import SessionGate from '@/components/session-gate';
import TextField from '@/components/text-field';
import type { VerifyView } from '@/contracts/attendance';
import { attendanceApi, hoursText, param } from '@/services/attendance';
import '../attendance.scss';

function Verify({ initial }: { initial: string }) {
  const [number, setNumber] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<VerifyView>();
  const [error, setError] = useState<string>();

  async function check(n = number) {
    const v = n.trim();
    setFound(undefined);
    if (!v) return setError('请输入服务记录表上的验证编号');
    setError(undefined);
    setBusy(true);
    const r = await attendanceApi.verify({ number: v });
    setBusy(false);
    if (r.ok) setFound(r.data);
    else setError(r.message);
  }
  // Opened from a sheet's QR code or link: check that number at once.
  useEffect(() => {
    // Fetching is what this effect is for (as in hooks/use-resource): the answer sets the state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (initial) void check(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial]);

  return (
    <View id='attendance-verify' className='page attendance'>
      <Text className='page__lead'>输入志愿服务记录表上的验证编号，核对这位志愿者的服务时长。</Text>
      <View className='attendance__block'>
        <TextField
          id='attendance-verify-number'
          label='验证编号'
          value={number}
          onChange={setNumber}
          max={40}
          onConfirm={() => void check()}
        />
        <View className='attendance__actions'>
          <ActionButton
            id='attendance-verify-btn-check'
            type='primary'
            size='large'
            loading={busy}
            loadingText='正在查询…'
            onClick={() => void check()}
          >
            查询
          </ActionButton>
          {error ? (
            <Text id='attendance-verify-error' className='attendance__error'>
              {error}
            </Text>
          ) : null}
        </View>
      </View>
      {found ? (
        <View id='attendance-verify-result' className='attendance__block' data-number={found.number} data-hours={found.totalHours}>
          <Text className='attendance__subtitle'>验证通过</Text>
          <View className='attendance__row'>
            <Text className='attendance__label'>志愿者</Text>
            <Text id='attendance-verify-name' className='attendance__value'>
              {found.maskedName}
            </Text>
          </View>
          <View className='attendance__row'>
            <Text className='attendance__label'>累计时长</Text>
            <Text id='attendance-verify-hours' className='attendance__value'>
              {hoursText(found.totalHours)}
            </Text>
          </View>
          <View className='attendance__row'>
            <Text className='attendance__label'>服务记录</Text>
            <Text id='attendance-verify-count' className='attendance__value'>{`${found.recordCount} 条`}</Text>
          </View>
          <Text className='attendance__next'>以上是平台里已由队长确认的服务时长。为保护隐私，姓名只显示一部分。</Text>
        </View>
      ) : null}
    </View>
  );
}

/** The public check of a record sheet's verification number (?number=… checks it at once). */
export default function VerifyPage() {
  const { params } = useRouter();
  const number = param(params, 'number');
  return <SessionGate idPrefix='attendance-verify-page'>{() => <Verify initial={number} />}</SessionGate>;
}
