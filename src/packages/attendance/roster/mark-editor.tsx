import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import ErrorLine from '@/components/error-line';
import TextField from '@/components/text-field';
import { ATTENDANCE_MARKS, type AttendanceLine, type AttendanceMark } from '@/contracts/attendance';
import { useAction } from '@/hooks/use-action';
import { attendanceApi, timeOnDay } from '@/services/attendance';
import { clockText } from '@/services/event';

type Props = {
  line: AttendanceLine;
  slotStart: number;
  slotEnd: number;
  onSaved: (line: AttendanceLine) => void;
  onCancel: () => void;
};

// The two times a leader may correct: the field, the key the server takes, its note.
const TIMES = [
  { time: 'in', key: 'checkInAt', label: '签到时间', hint: '改了时间会标为「手工录入」' },
  { time: 'out', key: 'checkOutAt', label: '签退时间', hint: undefined },
] as const;
type Time = (typeof TIMES)[number]['time'];

/**
 * The leader's hand entry for one volunteer: the mark, and the times when they need correcting (a time
 * typed here makes the record 手工录入). Times left as they were are not sent, so a mark alone stays a mark.
 */
export default function MarkEditor({ line, slotStart, slotEnd, onSaved, onCancel }: Props) {
  const id = (what: string) => `attendance-roster-item-${line.signUpId}-${what}`;
  const [mark, setMark] = useState<AttendanceMark>(line.mark ?? (line.checkInAt ? '正常' : '缺席'));
  const before: Record<Time, string> = {
    in: line.checkInAt ? clockText(line.checkInAt) : '',
    out: line.checkOutAt ? clockText(line.checkOutAt) : '',
  };
  const [typed, setTyped] = useState(before);
  // A field's placeholder: the slot's own start or end.
  const planned: Record<Time, number> = { in: slotStart, out: slotEnd };
  const send = useAction(async (times: { checkInAt?: number; checkOutAt?: number }) => {
    const r = await attendanceApi.mark({ signUpId: line.signUpId, mark, ...times });
    if (!r.ok) return r.message;
    onSaved(r.data);
  });

  function save() {
    send.setError(undefined);
    const times: { checkInAt?: number; checkOutAt?: number } = {};
    for (const { time, key } of TIMES) {
      if (typed[time].trim() === before[time]) continue;
      const ms = timeOnDay(slotStart, typed[time]);
      if (ms === null) return send.setError('时间请写成 时:分，例如 09:05');
      times[key] = ms;
    }
    void send.run(times);
  }

  const absent = mark === '请假' || mark === '缺席';
  return (
    <View id={id('editor')} className='attendance-roster__editor'>
      <Text className='attendance__label'>考勤</Text>
      <View className='chip-group'>
        {ATTENDANCE_MARKS.map((m, i) => (
          <Chip key={m} id={id(`mark-${i}`)} selectable selected={m === mark} onClick={() => setMark(m)}>
            {m}
          </Chip>
        ))}
      </View>
      {absent ? (
        <Text className='attendance__meta'>{`${mark}不计服务时长，也不发积分。`}</Text>
      ) : (
        <View>
          {TIMES.map((t) => (
            <TextField
              key={t.time}
              id={id(t.time)}
              label={t.label}
              value={typed[t.time]}
              onChange={(v) => setTyped((old) => ({ ...old, [t.time]: v }))}
              max={5}
              placeholder={clockText(planned[t.time])}
              hint={t.hint}
            />
          ))}
        </View>
      )}
      <View className='attendance__actions'>
        <ActionButton id={id('btn-save')} type='primary' loading={send.busy} onClick={save}>
          保存考勤
        </ActionButton>
        <ErrorLine id={id('error')} className='attendance__error' text={send.error} />
        <ActionButton id={id('btn-cancel')} type='plain' onClick={onCancel}>
          不改了
        </ActionButton>
      </View>
    </View>
  );
}
