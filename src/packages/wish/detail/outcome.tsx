import { Text } from '@tarojs/components';
import Card from '@/components/card';
import WishPhotos from '@/components/wish-photos';
import WishStars from '@/components/wish-stars';
import type { WishView } from '@/contracts/wish';

/** What the parties wrote: the review's reason, the claimer's note and photos, the rating. */
export default function Outcome({ wish }: { wish: WishView }) {
  return (
    <>
      {wish.rejectReason ? (
        <Card id='wish-detail-reject' title='没有通过的原因'>
          <Text id='wish-detail-reject-reason' className='wish-detail__story'>
            {wish.rejectReason}
          </Text>
        </Card>
      ) : null}
      {wish.fulfilNote ? (
        <Card id='wish-detail-fulfil' title='认领人的完成说明'>
          <Text id='wish-detail-fulfil-text' className='wish-detail__story'>
            {wish.fulfilNote}
          </Text>
          <WishPhotos idPrefix='wish-detail-fulfil-photo' fileIDs={wish.fulfilPhotos ?? []} />
        </Card>
      ) : null}
      {wish.rating ? (
        <Card id='wish-detail-rating' title={wish.autoConfirmed ? '自动确认' : '受助人的评价'}>
          <WishStars idPrefix='wish-detail-rated' value={wish.rating} />
          {wish.comment ? <Text className='wish-detail__story'>{wish.comment}</Text> : null}
          {wish.pointsAwarded ? (
            <Text id='wish-detail-points' className='wish-detail__muted'>{`认领人获得 ${wish.pointsAwarded} 爱心积分`}</Text>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
