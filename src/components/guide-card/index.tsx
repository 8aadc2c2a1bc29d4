import { Text, View } from '@tarojs/components';
import Card from '../card';
import './index.scss';

export type GuideCardProps = {
  id?: string;
  title: string;
  /** What the section is for, in one or two plain sentences. */
  intro: string;
  /** Numbered steps: how it works, in the order people do them. */
  steps: string[];
};

/** Explains a section to a first-time user: what it is and how it works. */
export default function GuideCard({ id, title, intro, steps }: GuideCardProps) {
  return (
    <Card id={id} title={title}>
      <Text className='guide-card__intro'>{intro}</Text>
      <View className='guide-card__steps'>
        {steps.map((s, i) => (
          <View key={s} className='guide-card__step'>
            <View className='guide-card__num'>
              <Text>{i + 1}</Text>
            </View>
            <Text className='guide-card__text'>{s}</Text>
          </View>
        ))}
      </View>
    </Card>
  );
}
