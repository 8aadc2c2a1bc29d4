import { View } from '@tarojs/components';
import Chip from '@/components/chip';
import { ORDER_STATE_LABELS, VISIBLE_ORDER_STATES, type VisibleOrderState } from '@/contracts/order';

/** 全部 and each state an order can be seen in, as big chips (one chosen). */
export default function StateChips({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value?: VisibleOrderState;
  onChange: (s?: VisibleOrderState) => void;
}) {
  return (
    <View id={`${idPrefix}-states`} className='order__chips'>
      <Chip id={`${idPrefix}-state-all`} selectable selected={!value} onClick={() => onChange(undefined)}>
        全部
      </Chip>
      {VISIBLE_ORDER_STATES.map((s) => (
        <Chip key={s} id={`${idPrefix}-state-${s}`} selectable selected={value === s} onClick={() => onChange(s)}>
          {ORDER_STATE_LABELS[s]}
        </Chip>
      ))}
    </View>
  );
}
