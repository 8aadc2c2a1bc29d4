import { Text, View } from '@tarojs/components';
import './index.scss';

export type PageHeroProps = {
  title: string;
  /** Element id of the title. */
  titleId?: string;
  /** A sentence under the title: what this place is. */
  text: string;
};

/** The red band at the top of a start page: a big greeting or title and one sentence. */
export default function PageHero({ title, titleId, text }: PageHeroProps) {
  return (
    <View className='page-hero'>
      <Text id={titleId} className='page-hero__title'>
        {title}
      </Text>
      <Text className='page-hero__text'>{text}</Text>
    </View>
  );
}
