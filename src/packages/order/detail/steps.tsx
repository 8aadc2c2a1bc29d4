import { Text, View } from '@tarojs/components';
import type { OrderView } from '@/contracts/order';
import { formatTime } from '@/services/order';

type Step = { label: string; at?: number };

/** 下单 → 付款 → (备好货) → 取货完成; a cancelled or refunded order ends with that instead. */
function stepsOf(o: OrderView): Step[] {
  const steps: Step[] = [{ label: '下单', at: o.createdAt }];
  if (o.state === 'cancelled')
    return [...steps, { label: o.cancelReason === 'unpaid' ? '超时未支付，已取消' : '已取消', at: o.cancelledAt }];
  steps.push({ label: '付款', at: o.paidAt });
  if (o.state === 'refunding' || o.state === 'refunded') {
    return [...steps, { label: o.state === 'refunded' ? '已退款' : '退款中，钱款退回原支付账户', at: o.refundedAt }];
  }
  if (o.readyAt || o.state === 'ready') steps.push({ label: '站点备好货', at: o.readyAt });
  steps.push({ label: '取货完成', at: o.completedAt });
  return steps;
}

export default function OrderSteps({ order }: { order: OrderView }) {
  return (
    <View id='order-steps' className='order__steps'>
      {stepsOf(order).map((s, i) => (
        <Text
          key={s.label}
          id={`order-step-${i}`}
          className={`order__step${s.at ? ' order__step--done' : ''}`}
          data-status={s.at ? 'done' : 'todo'}
        >
          {`${s.at ? '✓' : '○'} ${s.label}${s.at ? `  ${formatTime(s.at)}` : ''}`}
        </Text>
      ))}
    </View>
  );
}
