import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';

/** mm:ss until `until` (the order's payBy), once a second; `onEnd` once it has passed. */
export default function Countdown({ id, until, onEnd }: { id: string; until: number; onEnd: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, until - now);
  useEffect(() => {
    if (left === 0) {
      onEnd();
      return;
    }
    const t = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(t);
    // onEnd is the page's reload: called once when the time is up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [now, left === 0]);
  const s = Math.ceil(left / 1000);
  const mm = String(Math.floor(s / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return (
    <Text id={id} className='order__countdown'>
      {left > 0 ? `请在 ${mm}:${ss} 内支付，超时订单自动取消` : '支付时间已过，订单将自动取消'}
    </Text>
  );
}
