import { Text, View } from '@tarojs/components';
import type { MessageView } from '@/contracts/messages';
import { messageTime } from '@/services/inbox';
import './index.scss';

export type MessageItemProps = {
  /** Element id, e.g. "inbox-item-<message id>". */
  id: string;
  message: MessageView;
  /** Read here already (the list may still hold the unread copy). */
  read: boolean;
  onOpen: (m: MessageView) => void;
};

/** One message: unread ones carry a red dot and 未读; the whole row is the tap target. */
export default function MessageItem({ id, message, read, onOpen }: MessageItemProps) {
  return (
    <View
      id={id}
      className={`message-item${read ? '' : ' message-item--unread'}`}
      data-read={read ? 'true' : 'false'}
      hoverClass='message-item--hover'
      onClick={() => onOpen(message)}
    >
      <View className='message-item__head'>
        {read ? null : <View className='message-item__dot' />}
        <Text className='message-item__title'>{message.title}</Text>
        {read ? null : <Text className='message-item__tag'>未读</Text>}
      </View>
      <Text className='message-item__body'>{message.body}</Text>
      <View className='message-item__foot'>
        <Text className='message-item__time'>{messageTime(message.createdAt)}</Text>
        {message.link ? <Text className='message-item__link'>查看详情 ›</Text> : null}
      </View>
    </View>
  );
}
