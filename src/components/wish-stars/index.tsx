import { Text, View } from '@tarojs/components';
import './index.scss';

export type WishStarsProps = {
  value: number;
  /** Absent: shows the rating only. */
  onChange?: (n: number) => void;
  /** Ids "<idPrefix>-star-<1…5>". */
  idPrefix: string;
};

const WORDS = ['', '不满意', '一般', '还可以', '满意', '非常满意'];

/** 1–5 stars, each a full tap target, with the meaning in words. */
export default function WishStars({ value, onChange, idPrefix }: WishStarsProps) {
  return (
    <View className={`wish-stars${onChange ? ' wish-stars--edit' : ''}`}>
      <View className='wish-stars__row'>
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            id={`${idPrefix}-star-${n}`}
            className={`wish-stars__star${n <= value ? ' wish-stars__star--on' : ''}`}
            onClick={onChange ? () => onChange(n) : undefined}
          >
            ★
          </View>
        ))}
      </View>
      <Text id={`${idPrefix}-stars-text`} className='wish-stars__text'>
        {value ? `${value} 星 · ${WORDS[value]}` : '请点星星打分'}
      </Text>
    </View>
  );
}
