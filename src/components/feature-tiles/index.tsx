import { Text, View } from '@tarojs/components';
import './index.scss';

export type FeatureTile = {
  /** Element id, e.g. "tile-wish". */
  id: string;
  /** One character in the round badge. */
  glyph: string;
  title: string;
  description: string;
  onClick: () => void;
};

export type FeatureTilesProps = {
  tiles: FeatureTile[];
};

/** Two-column grid of big tiles to the main features. */
export default function FeatureTiles({ tiles }: FeatureTilesProps) {
  return (
    <View className='feature-tiles'>
      {tiles.map((t) => (
        <View key={t.id} id={t.id} className='feature-tiles__tile' hoverClass='feature-tiles__tile--hover' onClick={t.onClick}>
          <View className='feature-tiles__badge'>
            <Text>{t.glyph}</Text>
          </View>
          <Text className='feature-tiles__title'>{t.title}</Text>
          <Text className='feature-tiles__desc'>{t.description}</Text>
        </View>
      ))}
    </View>
  );
}
