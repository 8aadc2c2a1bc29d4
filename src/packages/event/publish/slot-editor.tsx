import { Input, Picker, Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import { EVENT_LIMITS } from '@/contracts/event';
import { nextSlot, type SlotDraft } from './time';

type Props = {
  slots: SlotDraft[];
  onChange: (slots: SlotDraft[]) => void;
  /** Only the number of seats may change (sign-up has opened): times are fixed, slots cannot be added. */
  capacityOnly: boolean;
  errors: Record<string, string>;
};

/** The slots (场次) of an event: a date, a start and an end on the quarter hour, and seats; 1 to 20 of them. */
export default function SlotEditor({ slots, onChange, capacityOnly, errors }: Props) {
  const set = (i: number, patch: Partial<SlotDraft>) => onChange(slots.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <View id='event-form-slots' className='event-form__slots'>
      <Text className='event-form__label'>场次（每个场次在同一天内，时间选整刻钟）</Text>
      {slots.map((s, i) => {
        const err = errors[`slots.${i}.start`] ?? errors[`slots.${i}.end`] ?? errors[`slots.${i}.capacity`];
        return (
          <View key={i} id={`event-form-slot-${i}`} className='event-form__slot'>
            <Text className='event-form__slot-title'>{`场次 ${i + 1}`}</Text>
            <View className='event-form__slot-row'>
              <Picker mode='date' value={s.date} disabled={capacityOnly} onChange={(e) => set(i, { date: e.detail.value })}>
                <View id={`event-form-slot-${i}-date`} className='event-form__pick'>
                  {s.date}
                </View>
              </Picker>
              <Picker mode='time' value={s.start} disabled={capacityOnly} onChange={(e) => set(i, { start: e.detail.value })}>
                <View id={`event-form-slot-${i}-start`} className='event-form__pick'>
                  {s.start}
                </View>
              </Picker>
              <Text className='event-form__to'>至</Text>
              <Picker mode='time' value={s.end} disabled={capacityOnly} onChange={(e) => set(i, { end: e.detail.value })}>
                <View id={`event-form-slot-${i}-end`} className='event-form__pick'>
                  {s.end}
                </View>
              </Picker>
            </View>
            <View className='event-form__slot-row'>
              <Text className='event-form__to'>名额</Text>
              <Input
                id={`event-form-slot-${i}-capacity`}
                className='event-form__capacity'
                type='number'
                value={s.capacity}
                maxlength={5}
                onInput={(e) => set(i, { capacity: e.detail.value })}
              />
              {!capacityOnly && slots.length > 1 ? (
                <ActionButton
                  id={`event-form-slot-${i}-btn-remove`}
                  type='plain'
                  size='compact'
                  onClick={() => onChange(slots.filter((_, j) => j !== i))}
                >
                  删除
                </ActionButton>
              ) : null}
            </View>
            {err ? (
              <Text id={`error-event-form-slot-${i}`} className='form-field__error'>
                {err}
              </Text>
            ) : null}
          </View>
        );
      })}
      {!capacityOnly && slots.length < EVENT_LIMITS.slotsMax ? (
        <ActionButton id='event-form-btn-add-slot' type='secondary' onClick={() => onChange([...slots, nextSlot(slots[slots.length - 1])])}>
          添加场次
        </ActionButton>
      ) : null}
    </View>
  );
}
