import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';

/**
 * Runs `fn` each time the page shows again (back from another page), not on its first show: e.g. reload a
 * list whose items may have changed on the page the user just left.
 */
export function useShownAgain(fn: () => void): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) fn();
    shown.current = true;
  });
}
