import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import { readUserCode, scanQrThen } from '@/components/person-finder/scan-code';
import TextField from '@/components/text-field';
import type { AttendanceLine } from '@/contracts/attendance';
import { attendanceApi } from '@/services/attendance';
import { IS_WEAPP } from '@/services/env';
import { clockText } from '@/services/event';

type Move = 'checkInPerson' | 'checkOutPerson';
const DONE: Record<Move, string> = { checkInPerson: '签到', checkOutPerson: '签退' };

/**
 * For volunteers whose phone cannot scan the leader's code (older volunteers): the leader reads the
 * volunteer's 个人码 — scanned in the mini program, pasted in H5 — and checks them in or out. The server
 * applies the same rules as the volunteer's own scan; its answer (or refusal) shows right here.
 */
export default function PersonScan({ slotId, onDone }: { slotId: string; onDone: () => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<Move>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<{ move: Move; line: AttendanceLine }>();

  async function move(m: Move, raw: string) {
    const code = readUserCode(raw);
    setDone(undefined);
    if (!code) return setError('这不是有效的个人码，请让志愿者打开“我的”页面出示个人码');
    setBusy(m);
    setError(undefined);
    const r = await attendanceApi[m]({ slotId, code });
    setBusy(undefined);
    if (!r.ok) return setError(r.fields?.code ?? r.message);
    setText('');
    setDone({ move: m, line: r.data });
    onDone();
  }

  const scan = (m: Move) => scanQrThen((text) => move(m, text));

  const at = done && (done.move === 'checkInPerson' ? done.line.checkInAt : done.line.checkOutAt);
  const button = (m: Move, type: 'primary' | 'secondary') => (
    <ActionButton
      id={`attendance-person-btn-${m === 'checkInPerson' ? 'in' : 'out'}`}
      type={type}
      loading={busy === m}
      loadingText='正在登记…'
      disabled={!!busy && busy !== m}
      onClick={() => void (IS_WEAPP ? scan(m) : move(m, text))}
    >
      {IS_WEAPP ? `扫个人码${DONE[m]}` : `为他${DONE[m]}`}
    </ActionButton>
  );
  return (
    <View id='attendance-person' className='attendance__block'>
      <Text className='attendance__subtitle'>帮志愿者签到</Text>
      <Text className='attendance__meta'>志愿者的手机扫不了码时，请他打开“我的 › 个人码”，由您来扫。</Text>
      {IS_WEAPP ? null : (
        <TextField
          id='attendance-person-code'
          label='志愿者的个人码'
          value={text}
          onChange={(v) => (setText(v), setError(undefined))}
          max={200}
          placeholder='粘贴志愿者的个人码'
        />
      )}
      {error ? (
        <Text id='attendance-person-error' className='attendance__error'>
          {error}
        </Text>
      ) : null}
      {done ? (
        <Text id='attendance-person-done' className='attendance__next' data-state={done.line.state}>
          {`已为 ${done.line.name} ${DONE[done.move]}${at ? `（${clockText(at)}）` : ''}`}
        </Text>
      ) : null}
      <View className='attendance__actions'>
        {button('checkInPerson', 'primary')}
        {button('checkOutPerson', 'secondary')}
      </View>
    </View>
  );
}
