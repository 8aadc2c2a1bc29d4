import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import Chip from '@/components/chip';
import FormField from '@/components/form-field';
import SubmitBar from '@/components/submit-bar';
import TextField from '@/components/text-field';
import { CIVILITY_CATEGORIES, CIVILITY_MAX, type PointsInputOf } from '@/contracts/points';
import { useFormFields, type FieldErrors } from '@/hooks/use-form-fields';
import { pointsApi } from '@/services/points';
import type { Resident } from './resident-finder';

export type Awarded = { amount: number; balanceAfter: number; duplicate: boolean };
type Values = { category: string; amount: string; note: string };
type Field = keyof Values;

const PRESETS = [1, 2, 5, 10, 20];
/** A fresh key per award: a repeated tap (or a retry after a lost answer) never awards twice. */
const newRequestId = () => `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

type Props = { resident: Resident; onAwarded: (a: Awarded) => void };

/** Step 2: category, 1–50 points and a note, checked with the contract's own schema before sending. */
export default function AwardForm({ resident, onAwarded }: Props) {
  const { values, set, errors, setErrors } = useFormFields<Values>({ category: '', amount: '', note: '' });
  const { category, amount, note } = values;
  const [banner, setBanner] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [requestId] = useState(newRequestId);

  async function submit() {
    if (busy) return;
    setBanner(undefined);
    const input: PointsInputOf<'awardCivility'> = {
      userId: resident.id,
      amount: Number(amount),
      category: category as PointsInputOf<'awardCivility'>['category'],
      ...(note.trim() ? { note: note.trim() } : {}),
      requestId,
    };
    // The server's rules and wording (points.schema awardCivility), checked here without zod.
    const found: FieldErrors<Field> = {};
    const n = input.amount;
    if (!amount.trim()) found.amount = `请选择或填写积分（1–${CIVILITY_MAX}分）`;
    else if (!Number.isInteger(n)) found.amount = '积分必须是整数';
    else if (n < 1) found.amount = '至少奖励1分';
    else if (n > CIVILITY_MAX) found.amount = `每次最多奖励${CIVILITY_MAX}分`;
    if (!category) found.category = '请选择奖励类别';
    if ((input.note ?? '').length > 200) found.note = '说明最多200个字';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    const r = await pointsApi.awardCivility(input);
    setBusy(false);
    if (r.ok) onAwarded({ amount: input.amount, balanceAfter: r.data.balanceAfter, duplicate: r.data.duplicate });
    else setBanner(r.message);
  }

  return (
    <Card id='award-form' title='第二步：发放积分'>
      <FormField name='award-category' label='为什么奖励' required error={errors.category}>
        <View className='chip-group'>
          {CIVILITY_CATEGORIES.map((c, i) => (
            <Chip key={c} id={`award-category-${i}`} selectable selected={category === c} onClick={() => set('category')(c)}>
              {c}
            </Chip>
          ))}
        </View>
      </FormField>
      <FormField name='award-amount' label={`奖励多少分（1–${CIVILITY_MAX}分）`} required error={errors.amount}>
        <View className='chip-group'>
          {PRESETS.map((n) => (
            <Chip key={n} id={`award-amount-${n}`} selectable selected={amount === String(n)} onClick={() => set('amount')(String(n))}>
              {n} 分
            </Chip>
          ))}
        </View>
        <Input
          id='award-input-amount'
          className='form-field__input award__amount'
          type='number'
          maxlength={2}
          value={amount}
          placeholder='也可以直接填写分数'
          onInput={(e) => set('amount')(e.detail.value)}
        />
      </FormField>
      <TextField
        id='award-input-note'
        name='award-note'
        label='说明（选填）'
        max={200}
        value={note}
        onChange={set('note')}
        error={errors.note}
        hint='会写进居民的积分明细和消息里'
        placeholder='例如：主动帮独居老人打扫院子'
      />
      <SubmitBar errorId='award-error' error={banner}>
        <ActionButton id='award-btn-submit' type='primary' size='large' loading={busy} loadingText='正在发放…' onClick={submit}>
          {Number(amount) > 0 ? `给${resident.nickname}发放 ${Number(amount)} 分` : '确认发放'}
        </ActionButton>
      </SubmitBar>
      <Text className='page__footnote'>发放后，居民会在“我的 › 消息”里收到通知。</Text>
    </Card>
  );
}
