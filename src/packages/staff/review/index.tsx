import { Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import SessionGate from '@/components/session-gate';
import WishList from '@/components/wish-list';
import WishPhotos from '@/components/wish-photos';
import WishReview from '@/components/wish-review';
import type { WishView } from '@/contracts/wish';
import { useReviewQueue } from '@/hooks/use-review-queue';
import { wishApi } from '@/services/wish';
import './index.scss';

const FIELD_NAMES: Record<string, string> = {
  title: '心愿标题',
  story: '心愿故事',
  'beneficiary.name': '受助人姓名',
  'beneficiary.address': '住址',
  note: '完成说明',
  comment: '评价',
};

/** Under each card: the contact, the content check's flag, and 通过 / 不通过 — or what was decided. */
function ReviewBox({ wish, decided, onDone }: { wish: WishView; decided?: WishView; onDone: (w: WishView) => void }) {
  const b = wish.beneficiary;
  return (
    <View id={`review-box-${wish.id}`} className='staff-review__box'>
      {wish.flagged ? (
        <View className='staff-review__flag'>
          <Chip id={`review-flag-${wish.id}`} tone='danger'>
            请您细看
          </Chip>
          <Text className='staff-review__flag-text'>
            {`内容检查没能自动判断：${(wish.flaggedFields ?? []).map((f) => FIELD_NAMES[f] ?? f).join('、') || '文字'}，请仔细看一看。`}
          </Text>
        </View>
      ) : null}
      {/* The photos are part of what is reviewed (the card shows only the text). */}
      {wish.photos.length ? <WishPhotos idPrefix={`review-${wish.id}-photo`} fileIDs={wish.photos} /> : null}
      <Text className='staff-review__contact'>{`联系人：${b.name}  ${b.phone ?? '没有电话'}`}</Text>
      <Text className='staff-review__contact'>{`住址：${b.address ?? ''}`}</Text>
      {decided ? (
        <Text id={`review-result-${wish.id}`} className={`staff-review__result staff-review__result--${decided.status}`}>
          {decided.status === 'open' ? '已通过，心愿已公开等待认领' : `已退回：${decided.rejectReason ?? ''}`}
        </Text>
      ) : (
        <WishReview wish={wish} idPrefix={`review-${wish.id}`} onDone={onDone} />
      )}
    </View>
  );
}

function ReviewQueue() {
  const { list, decided, decide } = useReviewQueue<WishView, WishView>((cursor, limit) => wishApi.reviewQueue({ cursor, limit }));
  return (
    <View className='page staff-review'>
      <Text className='page__lead'>
        您负责的地方等待审核的心愿。标着「请您细看」的排在前面。通过后心愿会公开；不通过要写明原因，居民会看到。
      </Text>
      <WishList
        list={list}
        idPrefix='review'
        showStatus
        replaced={decided}
        empty={{ title: '没有等待审核的心愿', text: '居民提交新心愿后会出现在这里。下拉可以刷新。' }}
        renderExtra={(w) => <ReviewBox wish={w} decided={decided[w.id]} onDone={decide(w.id)} />}
      />
    </View>
  );
}

/** 审核心愿: the review queue of the staff member's subtree. */
export default function StaffReviewPage() {
  return <SessionGate idPrefix='review-page'>{() => <ReviewQueue />}</SessionGate>;
}
