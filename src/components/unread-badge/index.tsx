import { Text } from '@tarojs/components';
import { badgeText } from '@/services/inbox';
import './index.scss';

export type UnreadBadgeProps = {
  id?: string;
  /** Nothing is shown for 0 (or an unknown count). */
  count?: number;
};

/** A red pill with the number of unread messages ("99+" above 99). */
export default function UnreadBadge({ id, count }: UnreadBadgeProps) {
  if (!count || count <= 0) return null;
  return (
    <Text id={id} className='unread-badge' data-count={count}>
      {badgeText(count)}
    </Text>
  );
}
