import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MessageKind } from '@/contracts/messages';
import { askSubscribe, canAskSubscribe, prefetchSubscribeTemplates } from '@/services/subscribe';
import ActionButton from '../action-button';
import Card from '../card';
import './index.scss';

export type MessageSubscribeProps = {
  /** Prefix of the element ids: "<prefix>-subscribe", "<prefix>-btn-subscribe". */
  idPrefix: string;
  /** The message kinds to ask for (at most three templates are asked at once). */
  kinds: MessageKind[];
  /** What the reminders are about, e.g. "心愿有进展时". */
  when?: string;
};

/**
 * weapp: a card with a 接收微信提醒 button whose own tap opens WeChat's subscribe dialog (the tap is
 * required). Shows nothing on H5 or when no template is configured for these kinds.
 */
export default function MessageSubscribe({ idPrefix, kinds, when = '有新进展时' }: MessageSubscribeProps) {
  const [ready, setReady] = useState(() => canAskSubscribe(kinds));
  const [answer, setAnswer] = useState<'yes' | 'no'>();
  // Compared by value: callers pass a new array literal on every render.
  const key = kinds.join(',');
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return;
    void prefetchSubscribeTemplates().then(() => setReady(canAskSubscribe(key.split(','))));
  }, [key]);
  if (!ready) return null;

  function ask() {
    void askSubscribe(kinds).then((ids) => setAnswer(ids.length ? 'yes' : 'no'));
  }

  return (
    <Card id={`${idPrefix}-subscribe`} title='微信提醒'>
      <Text className='message-subscribe__text'>
        {answer === 'yes'
          ? `好的，${when}会在微信里提醒您。`
          : answer === 'no'
            ? '没有开启提醒。进展也会放在“我的 › 消息”里，随时可以看。'
            : `${when}，可以在微信里提醒您，不用一直打开小程序看。`}
      </Text>
      {answer === 'yes' ? null : (
        <View className='message-subscribe__action'>
          <ActionButton id={`${idPrefix}-btn-subscribe`} type='secondary' onClick={ask}>
            {answer === 'no' ? '再试一次' : '接收微信提醒'}
          </ActionButton>
        </View>
      )}
    </Card>
  );
}
