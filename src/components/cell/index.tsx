import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

export type CellProps = {
  id?: string;
  title: ReactNode;
  /** Second line in plain words (an address, a hint). */
  description?: ReactNode;
  /** Right side (a distance, a label). */
  extra?: ReactNode;
  /** Shows › when the row opens something. */
  arrow?: boolean;
  disabled?: boolean;
  onClick?: () => void;
};

/** One tappable row of a list (≥ 88px tall). */
export default function Cell({ id, title, description, extra, arrow = false, disabled = false, onClick }: CellProps) {
  return (
    <View
      id={id}
      className={`cell${disabled ? ' cell--disabled' : ''}${onClick && !disabled ? ' cell--link' : ''}`}
      hoverClass={onClick && !disabled ? 'cell--hover' : 'none'}
      onClick={disabled ? undefined : onClick}
    >
      <View className='cell__body'>
        <Text className='cell__title'>{title}</Text>
        {description ? <Text className='cell__desc'>{description}</Text> : null}
      </View>
      {extra ? <View className='cell__extra'>{extra}</View> : null}
      {arrow ? <Text className='cell__arrow'>›</Text> : null}
    </View>
  );
}
