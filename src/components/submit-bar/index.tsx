import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

export type SubmitBarProps = {
  /** The id of the message: keep the form's old one ("<prefix>-error") so tests and links still find it. */
  errorId: string;
  /** What went wrong with the last submit (the server's message), shown right above the button. */
  error?: string;
  /** A note to read before submitting (what saving will do), also right above the button. */
  notice?: ReactNode;
  noticeId?: string;
  /** The button(s). */
  children: ReactNode;
};

/**
 * The shared form-error pattern: a failed submit's message sits next to the button the user just tapped,
 * not in a banner at the top of a long form (on a 360×640 phone that was ~490 px above, off screen); and
 * a notice of what submitting will do sits there too, read before the tap.
 */
export default function SubmitBar({ errorId, error, notice, noticeId, children }: SubmitBarProps) {
  return (
    <View className='submit-bar'>
      {notice ? (
        <View id={noticeId} className='submit-bar__notice'>
          {notice}
        </View>
      ) : null}
      {error ? (
        <Text id={errorId} className='submit-bar__error'>
          {error}
        </Text>
      ) : null}
      <View className='page__actions'>{children}</View>
    </View>
  );
}
