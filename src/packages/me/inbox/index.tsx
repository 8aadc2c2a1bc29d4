import { useEffect, useState, useSyncExternalStore } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import MessageItem from '@/components/message-item';
import PagedListView from '@/components/paged-list-view';
import SessionGate from '@/components/session-gate';
import type { MessageView } from '@/contracts/messages';
import { usePagedList } from '@/hooks/use-paged-list';
import { ROUTES } from '@/services/env';
import { getUnread, inboxApi, openMessageLink, refreshUnread, setUnread, subscribeUnread } from '@/services/inbox';
import './index.scss';

function Inbox() {
  const list = usePagedList<MessageView>((cursor, limit) => inboxApi.list({ cursor, limit }), [], { pageEvents: false });
  const unread = useSyncExternalStore(subscribeUnread, getUnread, getUnread);
  // Read here since the list was loaded (the server has it; the loaded copies are older).
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set());
  const [allRead, setAllRead] = useState(false);
  const [marking, setMarking] = useState(false);

  useEffect(() => void refreshUnread(), []);
  usePullDownRefresh(() => {
    const fresh = list.refresh().then(() => {
      setReadIds(new Set());
      setAllRead(false);
    });
    void Promise.all([fresh, refreshUnread()]).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  const isRead = (m: MessageView) => m.read || allRead || readIds.has(m.id);

  function open(m: MessageView) {
    if (!isRead(m)) {
      setReadIds((s) => new Set(s).add(m.id));
      void inboxApi.markRead({ ids: [m.id] }).then((r) => {
        if (r.ok && r.data.updated) setUnread((getUnread() ?? r.data.updated) - r.data.updated);
      });
    }
    if (m.link) openMessageLink(m.link);
  }

  async function readAll() {
    setMarking(true);
    const r = await inboxApi.markRead({ all: true });
    setMarking(false);
    if (!r.ok) {
      void Taro.showToast({ title: r.message, icon: 'none' });
      return;
    }
    setAllRead(true);
    setUnread(0);
    void Taro.showToast({ title: '已全部标为已读', icon: 'none' });
  }

  const anyUnread = unread === undefined ? list.items.some((m) => !isRead(m)) : unread > 0;
  return (
    <View className='page'>
      {list.status === 'ready' ? (
        <View className='inbox__bar'>
          <Text id='inbox-summary' className='inbox__summary'>
            {anyUnread ? `有 ${unread ?? '新'} 条消息没看` : '消息都看过了'}
          </Text>
          <ActionButton
            id='inbox-btn-read-all'
            type='secondary'
            size='compact'
            disabled={!anyUnread}
            loading={marking}
            loadingText='正在标记…'
            onClick={readAll}
          >
            全部已读
          </ActionButton>
        </View>
      ) : null}
      <PagedListView
        list={list}
        idPrefix='inbox'
        size='page'
        className='page__list'
        empty={{
          icon: '信',
          title: '还没有消息',
          text: '心愿、活动和爱心积分有新进展时，会在这里告诉您。下拉可以刷新。',
          action: { id: 'inbox-btn-back', label: '返回“我的”', to: ROUTES.me, how: 'back', type: 'secondary' },
        }}
      >
        {(m) => <MessageItem id={`inbox-item-${m.id}`} message={m} read={isRead(m)} onOpen={open} />}
      </PagedListView>
    </View>
  );
}

/** 消息: the user's messages, newest first; tap one to mark it read and open what it is about. */
export default function InboxPage() {
  return <SessionGate idPrefix='inbox'>{(user) => <Inbox key={user.id} />}</SessionGate>;
}
