import { Text, View } from '@tarojs/components';
import SessionGate from '@/components/session-gate';
import WishForm from '@/components/wish-form';

/** 许个心愿: the resident's own wish. Success → the wish's page, which says it waits for review. */
export default function WishSubmitPage() {
  return (
    <SessionGate idPrefix='wish-submit'>
      {(user) => (
        <View className='page'>
          <Text className='page__lead'>
            写下您需要的帮助。站点工作人员看过后，心愿会公开，志愿者认领后会和您联系。每人最多同时有 3 个没完成的心愿。
          </Text>
          <WishForm mode='self' user={user} idPrefix='wish-form' />
        </View>
      )}
    </SessionGate>
  );
}
