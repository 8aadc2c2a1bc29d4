import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

export type ChipTone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

export type ChipProps = {
  id?: string;
  tone?: ChipTone;
  /** A choice the user can toggle (then the chip is a full 88px tap target). */
  selectable?: boolean;
  selected?: boolean;
  /** A state the chip shows (e.g. "approved"), as data-status for tests and styles. */
  status?: string;
  onClick?: () => void;
  children: ReactNode;
};

/**
 * A plain label (a role, a status) or, with `selectable`, a toggle (a skill). Put several in a View with
 * class "chip-group" to line them up with a gap.
 */
export default function Chip({ id, tone = 'neutral', selectable = false, selected = false, status, onClick, children }: ChipProps) {
  const cls = ['chip', `chip--${tone}`, selectable ? 'chip--selectable' : '', selectable && selected ? 'chip--selected' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <View id={id} className={cls} data-status={status} onClick={onClick} hoverClass={selectable ? 'chip--hover' : 'none'}>
      {selectable && selected ? '✓ ' : ''}
      {children}
    </View>
  );
}
