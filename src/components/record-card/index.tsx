import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Chip, { type ChipTone } from '../chip';

export type RecordCardProps = {
  id: string;
  /** The list's class block: "<block>__item" (and its --hover tint), "<block>__top", "<block>__name". */
  block: string;
  title: string;
  /** The state on the title's line, as a chip. */
  chip: string;
  tone: ChipTone;
  /** data-* attributes for tests and styles (e.g. data-status). */
  data?: Record<`data-${string}`, string | number>;
  onOpen: () => void;
  /** Its lines under the title (when, where, …). */
  children: ReactNode;
};

/** One record in a list of cards (a sign-up, a service record): tap it to open what it is about. */
export default function RecordCard({ id, block, title, chip, tone, data, onOpen, children }: RecordCardProps) {
  return (
    <View id={id} className={`${block}__item`} hoverClass={`${block}__item--hover`} {...data} onClick={onOpen}>
      <View className={`${block}__top`}>
        <Text className={`${block}__name`}>{title}</Text>
        <Chip tone={tone}>{chip}</Chip>
      </View>
      {children}
    </View>
  );
}
