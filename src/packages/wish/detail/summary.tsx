import { Text, View } from '@tarojs/components';
import Card from '@/components/card';
import Chip from '@/components/chip';
import WishSteps from '@/components/wish-steps';
import type { WishView } from '@/contracts/wish';
import { WISH_STATUS_TEXT, WISH_STATUS_TONE } from '@/services/wish';
import { nextStep } from './next-step';

/** Where the wish stands (step bar), and what happens next and who acts. */
export default function Summary({ wish }: { wish: WishView }) {
  const next = nextStep(wish);
  return (
    <Card
      id='wish-detail-summary'
      title='心愿进度'
      extra={
        <Chip id='wish-detail-status' status={wish.status} tone={WISH_STATUS_TONE[wish.status]}>
          {WISH_STATUS_TEXT[wish.status]}
        </Chip>
      }
    >
      <WishSteps id='wish-detail-steps' status={wish.status} opened={wish.openedAt !== undefined} />
      <View id='wish-detail-next' className='wish-detail__next'>
        <Text className='wish-detail__next-title'>{next.who ? `下一步 · ${next.who}` : '结果'}</Text>
        <Text className='wish-detail__next-text'>{next.text}</Text>
      </View>
    </Card>
  );
}
