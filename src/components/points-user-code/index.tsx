import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formatUserCode } from '@/services/points';
import ActionButton from '../action-button';
import Card from '../card';
import './index.scss';

export type PointsUserCodeProps = {
  /** Prefix of the element ids: "<prefix>-user-code", "<prefix>-btn-copy-code". */
  idPrefix: string;
  userId: string;
};

function copy(userId: string): void {
  void Promise.resolve(Taro.setClipboardData({ data: userId }))
    .then(() => {
      // weapp shows its own "内容已复制" toast.
      if (process.env.TARO_ENV !== 'weapp') void Taro.showToast({ title: '已复制', icon: 'success' });
    })
    .catch(() => void Taro.showToast({ title: '没有复制成功，请念给工作人员听', icon: 'none' }));
}

/** 我的编号: what station staff enter to award civility points to this user, with a 复制 button. */
export default function PointsUserCode({ idPrefix, userId }: PointsUserCodeProps) {
  return (
    <Card
      id={`${idPrefix}-user-code-card`}
      title='我的编号'
      extra={
        <ActionButton id={`${idPrefix}-btn-copy-code`} type='secondary' size='compact' onClick={() => copy(userId)}>
          复制
        </ActionButton>
      }
    >
      <Text id={`${idPrefix}-user-code`} className='points-user-code__code' data-code={userId}>
        {formatUserCode(userId)}
      </Text>
      <Text className='points-user-code__hint'>工作人员给您奖励爱心积分时要用到这个编号，可以复制后发给他，或者念给他听。</Text>
    </Card>
  );
}
