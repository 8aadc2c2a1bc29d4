import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import ErrorLine from '@/components/error-line';
import MainButton from '@/components/main-button';
import { PartState } from '@/components/resource-state';
import type { AttendanceLine, ConfirmResult } from '@/contracts/attendance';
import type { Result } from '@/contracts/result';
import { useAction } from '@/hooks/use-action';
import { useResource } from '@/hooks/use-resource';
import { attendanceApi, hoursText } from '@/services/attendance';

type Props = { slotId: string; onConfirmed: (total: ConfirmResult) => void; onClose: () => void };

/** Every line of the roster (pages of 100), for the look before confirming. */
async function allLines(slotId: string): Promise<Result<AttendanceLine[]>> {
  const lines: AttendanceLine[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const r = await attendanceApi.attendance({ slotId, cursor, limit: 100 });
    if (!r.ok) return r;
    lines.push(...r.data.items);
    if (!r.data.next || !r.data.items.length) break;
    cursor = r.data.next;
  }
  return { ok: true, data: lines };
}

/**
 * Confirming a slot's hours, in two steps: first everyone's hours and points as the server counts them
 * now, then one button for the whole roster. The server credits in batches; this calls again until none remain.
 */
export default function ConfirmPanel({ slotId, onConfirmed, onClose }: Props) {
  const all = useResource(() => allLines(slotId), [slotId]);
  const confirm = useAction(async () => {
    const total: ConfirmResult = { slotId, confirmed: 0, alreadyConfirmed: 0, hours: 0, points: 0, remaining: 0 };
    for (let i = 0; i < 100; i++) {
      const r = await attendanceApi.confirm({ slotId });
      if (!r.ok) return r.message;
      total.confirmed += r.data.confirmed;
      total.alreadyConfirmed = Math.max(total.alreadyConfirmed, r.data.alreadyConfirmed);
      total.hours += r.data.hours;
      total.points += r.data.points;
      total.remaining = r.data.remaining;
      if (!r.data.remaining) break;
    }
    onConfirmed(total);
  });

  const lines = all.data;
  if (!lines) {
    return <PartState idPrefix='attendance-confirm' resource={all} loadingTitle='正在统计每个人的时长…' />;
  }
  const hours = lines.reduce((s, l) => s + l.hours, 0);
  return (
    <View id='attendance-confirm' className='attendance__block'>
      <Text className='attendance__subtitle'>确认前请核对</Text>
      {lines.map((l) => (
        <View key={l.signUpId} id={`attendance-confirm-line-${l.signUpId}`} className='attendance__row' data-hours={l.hours}>
          <Text className='attendance__label'>{l.name}</Text>
          <Text className='attendance__value'>
            {`${l.mark ?? (l.checkInAt ? '正常' : '缺席')} · ${hoursText(l.hours)} · ${l.points !== undefined ? `${l.state === 'confirmed' ? '' : '预计 '}${l.points} 积分` : '积分按时长计算'}${l.manual ? ' · 手工录入' : ''}`}
          </Text>
        </View>
      ))}
      <Text id='attendance-confirm-total' className='attendance__next'>
        {`共 ${lines.length} 人，${hoursText(hours)}。确认后时长计入每个人的服务记录，爱心积分自动发放，之后不能再修改考勤。`}
      </Text>
      <View className='attendance__actions'>
        <MainButton id='attendance-confirm-btn-submit' act={confirm} busyText='正在确认…'>
          确定，确认全部时长
        </MainButton>
        <ErrorLine id='attendance-confirm-error' className='attendance__error' text={confirm.error} />
        <ActionButton id='attendance-confirm-btn-close' type='plain' onClick={onClose}>
          再核对一下
        </ActionButton>
      </View>
    </View>
  );
}
