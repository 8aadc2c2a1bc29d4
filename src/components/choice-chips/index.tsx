import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import Chip from '../chip';

export type ChoiceChipsProps<T extends string> = {
  options: readonly T[];
  /** The option chosen now (shown ✓), if any. */
  value: T | null | undefined;
  onPick: (option: T) => void;
  /** Each chip's element id, from its option and place. */
  idOf: (option: T, index: number) => string;
  /** What a chip says; default the option itself. */
  label?: (option: T) => ReactNode;
  /** The row's class (default chip-group). */
  className?: string;
  /** More chips after the options (e.g. 取消标记). */
  children?: ReactNode;
};

/** One choice out of a few, as a row of selectable chips (a role, a unit, a reason). */
export default function ChoiceChips<T extends string>(p: ChoiceChipsProps<T>) {
  return (
    <View className={p.className ?? 'chip-group'}>
      {p.options.map((o, i) => (
        <Chip key={o} id={p.idOf(o, i)} selectable selected={p.value === o} onClick={() => p.onPick(o)}>
          {p.label ? p.label(o) : o}
        </Chip>
      ))}
      {p.children}
    </View>
  );
}
