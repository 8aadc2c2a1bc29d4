import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '../action-button';
import './index.scss';

export type StateViewStatus = 'loading' | 'empty' | 'error';
export type StateViewSize = 'page' | 'inline';

export type StateViewProps = {
  status: StateViewStatus;
  /** Headline; defaults: 正在加载 / 暂时没有内容 / a headline from the error code. */
  title?: string;
  /** Plain words under the headline: what this place is for, what to do next. */
  description?: string;
  /** For status 'error': what went wrong (message is shown to the user as is). */
  error?: { code?: string; message: string };
  /** For status 'error': shows a 重试 button. */
  onRetry?: () => void;
  retryText?: string;
  /** Element id of the retry button (default "btn-retry"). */
  retryId?: string;
  /** A glyph in the round badge (empty state), e.g. "心". */
  icon?: string;
  size?: StateViewSize;
  id?: string;
  /** Extra actions under the text (e.g. a 去首页 button). */
  children?: ReactNode;
};

function errorTitle(code?: string): string {
  if (code === 'NETWORK') return '暂时连不上';
  if (code === 'UNAUTHENTICATED') return '还没有登录';
  if (code === 'FORBIDDEN' || code === 'OUT_OF_SCOPE') return '没有权限';
  if (code === 'NOT_FOUND') return '没有找到';
  return '出了点问题';
}

/** The loading, empty and error states every screen uses. */
export default function StateView({
  status,
  title,
  description,
  error,
  onRetry,
  retryText = '重试',
  retryId = 'btn-retry',
  icon,
  size = 'page',
  id,
  children,
}: StateViewProps) {
  const heading = title ?? (status === 'loading' ? '正在加载…' : status === 'error' ? errorTitle(error?.code) : '暂时没有内容');
  const text = description ?? (status === 'error' ? error?.message : undefined);
  return (
    <View id={id ?? `state-${status}`} className={`state-view state-view--${status} state-view--${size}`}>
      {status === 'loading' ? (
        <View className='state-view__spinner' />
      ) : (
        <View className='state-view__badge'>
          <Text className='state-view__glyph'>{icon ?? (status === 'error' ? '!' : '空')}</Text>
        </View>
      )}
      <Text className='state-view__title'>{heading}</Text>
      {text ? <Text className='state-view__desc'>{text}</Text> : null}
      {status === 'error' && onRetry ? (
        <View className='state-view__actions'>
          <ActionButton id={retryId} type='primary' onClick={onRetry}>
            {retryText}
          </ActionButton>
        </View>
      ) : null}
      {children ? <View className='state-view__actions'>{children}</View> : null}
    </View>
  );
}
