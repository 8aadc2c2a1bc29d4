import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import SessionGate from '@/components/session-gate';
import WishForm from '@/components/wish-form';
import { WISH_ROUTES } from '@/services/wish';
import './index.scss';

/** 许个心愿: the resident's own wish. Success → the wish's page, which says it waits for review. */
export default function WishSubmitPage() {
  return (
    <SessionGate idPrefix='wish-submit'>
      {(user) => (
        <View className='page wish-submit'>
          <Text className='wish-submit__lead'>
            写下您需要的帮助。站点工作人员看过后，心愿会公开，志愿者认领后会和您联系。每人最多同时有 3 个没完成的心愿。
          </Text>
          <WishForm
            mode='self'
            user={user}
            idPrefix='wish-form'
            onSubmitted={(w) => void Taro.redirectTo({ url: `${WISH_ROUTES.detail}?id=${encodeURIComponent(w.id)}&submitted=1` })}
          />
        </View>
      )}
    </SessionGate>
  );
}
