import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

export type CardTone = 'default' | 'highlight';

export type CardProps = {
  id?: string;
  title?: string;
  /** Right side of the title row (a small button, a status). */
  extra?: ReactNode;
  tone?: CardTone;
  className?: string;
  children?: ReactNode;
};

/** A white block with an optional title row. */
export default function Card({ id, title, extra, tone = 'default', className = '', children }: CardProps) {
  return (
    <View id={id} className={`card card--${tone} ${className}`}>
      {title || extra ? (
        <View className='card__head'>
          {title ? <Text className='card__title'>{title}</Text> : <View />}
          {extra ? <View className='card__extra'>{extra}</View> : null}
        </View>
      ) : null}
      {children}
    </View>
  );
}
