import { Text } from '@tarojs/components';

/**
 * Why the last tap did not work, right under its button; nothing when it did. `className` is the page's own
 * error style (a tinted box on the attendance pages, red text on the 台账).
 */
export default function ErrorLine({ id, className, text }: { id?: string; className: string; text?: string }) {
  return text ? (
    <Text id={id} className={className}>
      {text}
    </Text>
  ) : null;
}
