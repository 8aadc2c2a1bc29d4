import { Input, Picker, Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import TextField from '@/components/text-field';
import { EVENT_LIMITS as L } from '@/contracts/event';
import { INTENSITIES, INTENSITY_LABELS } from '@/contracts/settings';
import { EVENT_CATEGORIES } from '@/services/event';
import { dateOf, timeOf } from './time';
import type { EventFormState } from './use-event-form';

type Props = { form: EventFormState };

/** A required text of the draft: id "event-form-<field>", its error by the same name. */
function DraftText(
  p: Props & { field: 'title' | 'description' | 'address'; label: string; max: number; lines?: 'tall'; counter?: boolean },
) {
  const { form, field } = p;
  return (
    <TextField
      id={`event-form-${field}`}
      label={p.label}
      value={form.draft[field]}
      onChange={(v) => form.set({ [field]: v })}
      max={p.max}
      error={form.errors[field]}
      lines={p.lines}
      required
      counter={p.counter}
    />
  );
}

/** The name and the category (not editable once sign-up opened). */
export function BasicsSection({ form }: Props) {
  const { draft, set, errors } = form;
  return (
    <>
      <DraftText form={form} field='title' label='活动名称' max={L.title} counter />
      <Text className='event-form__label'>活动类别</Text>
      <View className='chip-group' id='event-form-category'>
        {EVENT_CATEGORIES.map((c, i) => (
          <Chip key={c} id={`event-form-category-${i}`} selectable selected={draft.category === c} onClick={() => set({ category: c })}>
            {c}
          </Chip>
        ))}
      </View>
      {errors.category ? (
        <Text id='error-event-form-category' className='form-field__error'>
          {errors.category}
        </Text>
      ) : null}
    </>
  );
}

/** The description and the address (still editable once sign-up opened). */
export function PlaceSection({ form }: Props) {
  return (
    <>
      <DraftText form={form} field='description' label='活动介绍' max={L.description} lines='tall' counter />
      <DraftText form={form} field='address' label='活动地址' max={L.address} />
    </>
  );
}

/** A small number input on a row (the points an hour, the check-in radius). */
function NumberInput(p: { id: string; label: string; value: string; max: number; onChange: (v: string) => void }) {
  return (
    <>
      <Text className='event-form__to'>{p.label}</Text>
      <Input
        id={p.id}
        className='event-form__capacity'
        type='number'
        value={p.value}
        maxlength={p.max}
        onInput={(e) => p.onChange(e.detail.value)}
      />
    </>
  );
}

/** When sign-up closes (by default as the first slot starts), the points an hour and the check-in radius. */
export function MoreSection({ form: { draft, set, errors, closesAt } }: Props) {
  const date = draft.closeDate || dateOf(closesAt);
  const time = draft.closeTime || timeOf(closesAt);
  return (
    <View className='event-form__more'>
      <Text className='event-form__label'>报名截止（默认到第一个场次开始）</Text>
      <View className='event-form__slot-row'>
        <Picker mode='date' value={date} onChange={(e) => set({ closeDate: e.detail.value, closeTime: time })}>
          <View id='event-form-close-date' className='event-form__pick'>
            {date}
          </View>
        </Picker>
        <Picker mode='time' value={time} onChange={(e) => set({ closeTime: e.detail.value, closeDate: date })}>
          <View id='event-form-close-time' className='event-form__pick'>
            {time}
          </View>
        </Picker>
      </View>
      {errors.signUpClosesAt ? <Text className='form-field__error'>{errors.signUpClosesAt}</Text> : null}
      <View className='event-form__slot-row'>
        <NumberInput id='event-form-points' label='每小时积分' value={draft.points} max={3} onChange={(v) => set({ points: v })} />
        <NumberInput id='event-form-radius' label='签到范围（米）' value={draft.radius} max={4} onChange={(v) => set({ radius: v })} />
      </View>
      <Text className='event-form__label'>劳动强度（越辛苦，每小时积分越多）</Text>
      <View className='chip-group' id='event-form-intensity'>
        {INTENSITIES.map((k) => (
          <Chip key={k} id={`event-form-intensity-${k}`} selectable selected={draft.intensity === k} onClick={() => set({ intensity: k })}>
            {INTENSITY_LABELS[k]}
          </Chip>
        ))}
      </View>
    </View>
  );
}
