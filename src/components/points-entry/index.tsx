import { Text, View } from '@tarojs/components';
import type { PointsEntryView } from '@/contracts/points';
import { formatDate } from '@/services/format';
import { signedPoints } from '@/services/points';
import './index.scss';

export type PointsEntryProps = {
  /** Element id, e.g. "points-entry-<entry id>". */
  id: string;
  entry: PointsEntryView;
  /** What the points were for, in plain words (志愿服务, 文明积分 …). */
  label: string;
};

/** One line of the points history: what for, the signed amount (coloured), the balance after, the date. */
export default function PointsEntry({ id, entry, label }: PointsEntryProps) {
  const tone = entry.amount > 0 ? 'plus' : entry.amount < 0 ? 'minus' : 'zero';
  return (
    <View id={id} className='points-entry' data-amount={entry.amount}>
      <View className='points-entry__main'>
        <Text className='points-entry__label'>{label}</Text>
        {entry.note ? <Text className='points-entry__note'>{entry.note}</Text> : null}
        <Text className='points-entry__date'>{formatDate(entry.at)}</Text>
      </View>
      <View className='points-entry__side'>
        <Text className={`points-entry__amount points-entry__amount--${tone}`}>{signedPoints(entry.amount)}</Text>
        <Text className='points-entry__after'>余额 {entry.balanceAfter}</Text>
      </View>
    </View>
  );
}
