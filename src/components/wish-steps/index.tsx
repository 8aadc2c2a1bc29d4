import { Text, View } from '@tarojs/components';
import type { WishStatus } from '@/contracts/wish';
import { WISH_STATUS_TEXT } from '@/services/wish';
import './index.scss';

export type WishStepsProps = {
  status: WishStatus;
  /** Whether the wish was ever approved (a withdrawn wish may have been open). */
  opened: boolean;
  id?: string;
};

const MAIN: WishStatus[] = ['pending_review', 'open', 'claimed', 'fulfilled', 'confirmed'];
type Step = { status: WishStatus; state: 'done' | 'current' | 'todo' | 'exit' };

function stepsOf(status: WishStatus, opened: boolean): Step[] {
  const at = MAIN.indexOf(status);
  if (at >= 0) {
    return MAIN.map((s, i) => ({ status: s, state: i < at || status === 'confirmed' ? 'done' : i === at ? 'current' : 'todo' }));
  }
  // Side exits: the steps it went through, then where it stopped.
  const reached = status === 'rejected' ? 1 : status === 'expired' || opened ? 2 : 1;
  return [...MAIN.slice(0, reached).map((s) => ({ status: s, state: 'done' as const })), { status, state: 'exit' }];
}

/** Where a wish stands: 待审核 → 待认领 → 已认领 → 已完成 → 已确认, or the side exit it took. */
export default function WishSteps({ status, opened, id }: WishStepsProps) {
  const steps = stepsOf(status, opened);
  return (
    <View id={id} className='wish-steps' data-status={status}>
      {steps.map((s, i) => (
        <View key={s.status} className={`wish-steps__step wish-steps__step--${s.state}`}>
          <View className='wish-steps__track'>
            <View className={`wish-steps__line${i === 0 ? ' wish-steps__line--hidden' : ''}`} />
            <View className='wish-steps__dot'>
              <Text>{s.state === 'done' ? '✓' : s.state === 'exit' ? '✕' : i + 1}</Text>
            </View>
            <View className={`wish-steps__line${i === steps.length - 1 ? ' wish-steps__line--hidden' : ''}`} />
          </View>
          <Text className='wish-steps__label'>{WISH_STATUS_TEXT[s.status]}</Text>
        </View>
      ))}
    </View>
  );
}
