import { Text } from '@tarojs/components';

/** A page's message line (classes page__banner page__banner--<tone>), or nothing while there is no text. */
export default function Banner({ id, tone = 'error', text }: { id?: string; tone?: 'error' | 'info'; text?: string | null }) {
  return text ? (
    <Text id={id} className={`page__banner page__banner--${tone}`}>
      {text}
    </Text>
  ) : null;
}
