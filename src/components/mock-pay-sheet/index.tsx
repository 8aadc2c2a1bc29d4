import { useSyncExternalStore } from 'react';
import { Text, View } from '@tarojs/components';
import { yuan } from '@/contracts/market';
import { decideMockPay, mockPayState, subscribeMockPay } from '@/services/pay';
import ActionButton from '../action-button';
import './index.scss';

/**
 * The H5 app's stand-in for WeChat's pay sheet (the local cloud-pay sandbox, docs/payments.md): the amount in
 * 元 and what it is for, as the sandbox holds them, and two large buttons. Render it once on a page that calls
 * `pay()` from services/pay; it shows itself while a payment waits for the payer. Only subpackages import it.
 */
export default function MockPaySheet() {
  const state = useSyncExternalStore(subscribeMockPay, mockPayState, mockPayState);
  if (!state) return null;
  const { payment, busy } = state;
  return (
    <View id='mock-pay-sheet' className='mock-pay-sheet' catchMove>
      <View className='mock-pay-sheet__mask' />
      <View className='mock-pay-sheet__panel' aria-label='模拟支付'>
        <Text className='mock-pay-sheet__title'>模拟支付</Text>
        <Text className='mock-pay-sheet__note'>这是本地测试环境，不会真的扣钱。</Text>
        <View className='mock-pay-sheet__amount'>
          <Text className='mock-pay-sheet__currency'>¥</Text>
          <Text id='mock-pay-amount'>{yuan(payment.totalFee)}</Text>
        </View>
        <View className='mock-pay-sheet__row'>
          <Text className='mock-pay-sheet__label'>付款用途</Text>
          <Text id='mock-pay-body' className='mock-pay-sheet__value'>
            {payment.body}
          </Text>
        </View>
        <View className='mock-pay-sheet__actions'>
          <ActionButton id='btn-mock-pay' size='large' loading={busy} loadingText='正在支付…' onClick={() => decideMockPay('pay')}>
            确认支付
          </ActionButton>
          <ActionButton id='btn-mock-pay-cancel' type='plain' size='large' disabled={busy} onClick={() => decideMockPay('cancel')}>
            取消
          </ActionButton>
        </View>
      </View>
    </View>
  );
}
