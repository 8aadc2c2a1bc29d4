import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import ErrorLine from '@/components/error-line';
import FactRow from '@/components/fact-row';
import { gatedPage } from '@/components/gated-page';
import MainButton from '@/components/main-button';
import TextField from '@/components/text-field';
import type { VerifyView } from '@/contracts/service-records';
import { useAction } from '@/hooks/use-action';
import { attendanceApi, hoursText } from '@/services/attendance';
import '../attendance.scss';

function Verify({ initial }: { initial: string }) {
  const [number, setNumber] = useState(initial);
  const [found, setFound] = useState<VerifyView>();
  const lookup = useAction(async (v: string) => {
    const r = await attendanceApi.verify({ number: v });
    if (!r.ok) return r.message;
    setFound(r.data);
  });

  function check(n = number) {
    const v = n.trim();
    setFound(undefined);
    if (!v) return lookup.setError('请输入服务记录表上的验证编号');
    void lookup.run(v);
  }
  // Opened from a sheet's QR code or link: check that number at once.
  useEffect(() => {
    // Fetching is what this effect is for (as in hooks/use-resource): the answer sets the state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (initial) check(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial]);

  return (
    <View id='attendance-verify' className='page attendance'>
      <Text className='page__lead'>输入志愿服务记录表上的验证编号，核对这位志愿者的服务时长。</Text>
      <View className='attendance__block'>
        <TextField id='attendance-verify-number' label='验证编号' value={number} onChange={setNumber} max={40} onConfirm={() => check()} />
        <View className='attendance__actions'>
          <MainButton id='attendance-verify-btn-check' act={lookup} busyText='正在查询…' onTap={() => check()}>
            查询
          </MainButton>
          <ErrorLine id='attendance-verify-error' className='attendance__error' text={lookup.error} />
        </View>
      </View>
      {found ? (
        <View id='attendance-verify-result' className='attendance__block' data-number={found.number} data-hours={found.totalHours}>
          <Text className='attendance__subtitle'>验证通过</Text>
          <FactRow block='attendance' id='attendance-verify-name' label='志愿者'>
            {found.maskedName}
          </FactRow>
          <FactRow block='attendance' id='attendance-verify-hours' label='累计时长'>
            {hoursText(found.totalHours)}
          </FactRow>
          <FactRow block='attendance' id='attendance-verify-count' label='服务记录'>{`${found.recordCount} 条`}</FactRow>
          <Text className='attendance__next'>以上是平台里已由队长确认的服务时长。为保护隐私，姓名只显示一部分。</Text>
        </View>
      ) : null}
    </View>
  );
}

/** The public check of a record sheet's verification number (?number=… checks it at once). */
export default gatedPage('attendance-verify-page', (_, query) => <Verify initial={query('number')} />);
