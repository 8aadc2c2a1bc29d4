import { View } from '@tarojs/components';
import ActionButton, { type ActionButtonType } from '../action-button';

/** A button for what the view lets its viewer do. */
export type ViewButton<A extends string> = {
  /** Shown when the view's actions hold any of these (the server's answer, never a rule of the page). */
  when: readonly A[];
  id: string;
  type?: ActionButtonType;
  label: string;
  onClick: () => void;
  /** Not now, though allowed: the page is already doing it (a confirm panel is open …). */
  hidden?: boolean;
};

/**
 * The buttons of a view's actions, in the table's order, under one another (`className` is the page's
 * button block); nothing when none is shown.
 */
export default function ViewActions<A extends string>(p: { actions: readonly A[]; buttons: ViewButton<A>[]; className: string }) {
  const shown = p.buttons.filter((b) => !b.hidden && b.when.some((a) => p.actions.includes(a)));
  if (!shown.length) return null;
  return (
    <View className={p.className}>
      {shown.map((b) => (
        <ActionButton key={b.id} id={b.id} type={b.type} onClick={b.onClick}>
          {b.label}
        </ActionButton>
      ))}
    </View>
  );
}
