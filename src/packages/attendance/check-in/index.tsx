import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import FactRow from '@/components/fact-row';
import { gatedPage } from '@/components/gated-page';
import PrivacyPopup from '@/components/privacy-popup';
import { DetailState } from '@/components/resource-state';
import StateView from '@/components/state-view';
import type { MyAttendanceAction, MyAttendanceView } from '@/contracts/attendance';
import { useResource } from '@/hooks/use-resource';
import { METHOD_TEXT, STATE_TEXT, attendanceApi, hoursText, openAttendance } from '@/services/attendance';
import { IS_WEAPP, ROUTES } from '@/services/env';
import { clockText, dayText, spanText } from '@/services/event';
import ProofButtons, { type Proof } from './proof';
import '../attendance.scss';

const at = (ms: number) => `${dayText(ms)} ${clockText(ms)}`;

const Row = (p: { id?: string; label: string; children: string }) => <FactRow block='attendance' {...p} />;

/** What to do next, in one sentence, for where the volunteer stands. */
function nextStep(v: MyAttendanceView, now: number): string {
  if (v.state === 'confirmed') {
    return v.hours > 0
      ? `队长已确认：服务 ${hoursText(v.hours)}${v.points ? `，获得 ${v.points} 爱心积分` : ''}。可以在「我的服务记录」里查看。`
      : '队长已确认本场考勤，这一场没有计入服务时长。';
  }
  if (v.state === 'marked') return '队长已为您登记了考勤，场次结束后确认时长，积分随后到账。';
  if (v.state === 'checked_out') return '已签退。队长确认时长后，时长和爱心积分会自动到账，并发消息通知您。';
  if (v.state === 'checked_in') return `已签到。服务结束（${clockText(v.slotEnd)}）后请回到这里签退，签退后才能计算时长。`;
  if (now < v.windowOpensAt) return `还没到签到时间：${at(v.windowOpensAt)} 起可以签到。`;
  if (now > v.windowClosesAt) return '签到时间已过，如果您参加了服务，请联系队长补录。';
  return '到达活动现场后，扫描队长手机上的签到码，或按位置签到。';
}

function CheckIn({ slotId }: { slotId: string }) {
  const res = useResource(() => attendanceApi.myAttendance({ slotId }), [slotId], !!slotId);
  // The answer of a check-in or check-out, shown until the page has read the view again.
  const [fresh, setFresh] = useState<MyAttendanceView>();
  // When the view was read: the next step compares the window with it.
  const [now, setNow] = useState(() => Date.now());
  usePullDownRefresh(() => {
    setNow(Date.now());
    void res.reload().finally(() => Taro.stopPullDownRefresh());
  });

  const v = fresh ?? res.data;
  if (!slotId) return <StateView id='attendance-checkin-state' status='error' error={{ code: 'NOT_FOUND', message: '没有找到这个场次' }} />;
  if (!v) return <DetailState idPrefix='attendance-checkin' resource={res} loadingTitle='正在读取您的签到情况…' back={ROUTES.home} />;

  const done = (action: MyAttendanceAction, next: MyAttendanceView) => {
    setFresh(next);
    void Taro.showToast({ title: action === 'checkIn' ? '签到成功' : '签退成功', icon: 'success' });
    void res.reload().then(() => setFresh(undefined));
  };
  const send = (action: MyAttendanceAction, proof: Proof) =>
    action === 'checkIn' ? attendanceApi.checkIn({ slotId, ...proof }) : attendanceApi.checkOut({ slotId, ...proof });

  return (
    <View id='attendance-checkin' className='page attendance' data-state={v.state}>
      <View className='attendance__block'>
        <Text className='attendance__title'>{v.eventTitle}</Text>
        <Text className='attendance__meta'>{spanText(v.slotStart, v.slotEnd)}</Text>
        <View className='chip-group' style={{ marginTop: '8px' }}>
          <Chip id='attendance-checkin-state-chip' tone={v.state === 'signed' ? 'neutral' : 'success'} status={v.state}>
            {STATE_TEXT[v.state]}
          </Chip>
          {v.mark ? <Chip tone='primary'>{v.mark}</Chip> : null}
        </View>
        <Row id='attendance-checkin-in' label='签到'>
          {v.checkInAt ? `${clockText(v.checkInAt)}（${METHOD_TEXT[v.checkInMethod ?? 'code']}）` : '未签到'}
        </Row>
        <Row id='attendance-checkin-out' label='签退'>
          {v.checkOutAt ? `${clockText(v.checkOutAt)}（${METHOD_TEXT[v.checkOutMethod ?? 'code']}）` : '未签退'}
        </Row>
        <Row id='attendance-checkin-hours' label='时长'>
          {v.state === 'confirmed' ? hoursText(v.hours) : `${hoursText(v.hours)}（队长确认后计入）`}
        </Row>
        <Row label='签到时间'>{`${at(v.windowOpensAt)} 至 ${at(v.windowClosesAt)}`}</Row>
        <Text id='attendance-checkin-next' className='attendance__next'>
          {nextStep(v, now)}
        </Text>
      </View>
      {v.actions.map((action) => (
        <View key={action} id={`attendance-checkin-${action}`} className='attendance__block'>
          <Text className='attendance__subtitle'>{action === 'checkIn' ? '签到' : '签退'}</Text>
          <ProofButtons
            action={action}
            radiusM={v.radiusM}
            scan={IS_WEAPP}
            send={(proof) => send(action, proof)}
            onDone={(next) => done(action, next)}
          />
        </View>
      ))}
      {v.state === 'confirmed' ? (
        <View className='page__actions'>
          <ActionButton id='attendance-checkin-btn-records' type='secondary' onClick={() => openAttendance('records')}>
            我的服务记录
          </ActionButton>
        </View>
      ) : null}
      <PrivacyPopup purpose='checkIn' />
    </View>
  );
}

/** A volunteer's check-in and check-out on one slot (?slotId=…): scan the leader's code or use the location. */
export default gatedPage('attendance-checkin-page', (_, query) => <CheckIn slotId={query('slotId')} />);
