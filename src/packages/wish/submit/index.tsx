import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import WishForm from '@/components/wish-form';
import type { UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { WISH_ROUTES } from '@/contracts/routes';
import type { WishOutput } from '@/contracts/wish';
import { call } from '@/services/api';
import Taro from '@tarojs/taro';

// wish.allowance, called here until the wish service module (being reshaped) lists it.
const allowanceOf = () => call<WishOutput['allowance']>('wish', 'allowance', {});

/** The cap is said before the form: a resident with no wish left to post is not asked to fill one in. */
function Submit({ user }: { user: UserView }) {
  const allowance = useResource(allowanceOf, [user.id]);
  const a = allowance.data;
  if (a && a.remaining === 0) {
    return (
      <StateView
        id='wish-submit-cap'
        status='empty'
        title={`您已有 ${a.unfinished} 个心愿还没完成`}
        description={`每人最多同时有 ${a.cap} 个没完成的心愿。等其中一个完成（或撤回一个）后，就可以再许新的心愿。`}
      >
        <ActionButton id='wish-submit-btn-mine' type='primary' onClick={() => void Taro.redirectTo({ url: WISH_ROUTES.mine })}>
          看看我的心愿
        </ActionButton>
      </StateView>
    );
  }
  return (
    <View className='page'>
      <Text id='wish-submit-lead' className='page__lead'>
        {`写下您需要的帮助。站点工作人员看过后，心愿会公开，志愿者认领后会和您联系。每人最多同时有 ${a?.cap ?? 3} 个没完成的心愿`}
        {a ? `，您还可以许 ${a.remaining} 个。` : '。'}
      </Text>
      <WishForm mode='self' user={user} idPrefix='wish-form' />
    </View>
  );
}

/** 许个心愿: the resident's own wish. Success → the wish's page, which says it waits for review. */
export default function WishSubmitPage() {
  return <SessionGate idPrefix='wish-submit'>{(user) => <Submit user={user} />}</SessionGate>;
}
