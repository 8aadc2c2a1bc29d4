import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { WISH_REJECT_REASONS, type WishView } from '@/contracts/wish';
import { wishApi } from '@/services/wish';
import ActionButton from '../action-button';
import ChoiceChips from '../choice-chips';
import ErrorLine from '../error-line';
import './index.scss';

export type WishReviewProps = {
  wish: WishView;
  /** Ids: "<idPrefix>-btn-approve", "-btn-reject", "-reason", "-btn-reject-confirm", "-error". */
  idPrefix: string;
  /** The wish after the decision. */
  onDone: (w: WishView) => void;
};

const REASON_MAX = 200;

/** Staff: 通过 at once, or 不通过 with a required reason the resident will read. */
export default function WishReview({ wish, idPrefix, onDone }: WishReviewProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject'>();
  const [error, setError] = useState<string>();

  async function decide(approve: boolean) {
    if (busy) return;
    const why = reason.trim();
    if (!approve && !why) {
      setError('请填写不通过的原因，居民会看到');
      return;
    }
    setError(undefined);
    setBusy(approve ? 'approve' : 'reject');
    const r = await wishApi.review(approve ? { id: wish.id, approve } : { id: wish.id, approve, reason: why });
    setBusy(undefined);
    if (!r.ok) {
      setError(r.fields?.reason ?? r.message);
      return;
    }
    void Taro.showToast({ title: approve ? '已通过' : '已退回', icon: 'success' });
    onDone(r.data);
  }

  if (!rejecting) {
    return (
      <View className='wish-review__row'>
        <ActionButton id={`${idPrefix}-btn-reject`} type='danger' disabled={!!busy} onClick={() => setRejecting(true)}>
          不通过
        </ActionButton>
        <ActionButton
          id={`${idPrefix}-btn-approve`}
          type='primary'
          loading={busy === 'approve'}
          loadingText='正在提交…'
          onClick={() => decide(true)}
        >
          通过
        </ActionButton>
        <ErrorLine id={`${idPrefix}-error`} className='wish-review__error' text={error} />
      </View>
    );
  }
  return (
    <View className='wish-review'>
      <Text className='wish-review__label'>不通过的原因（居民会看到）</Text>
      <ChoiceChips
        options={WISH_REJECT_REASONS}
        value={reason}
        onPick={(r) => {
          setReason(r);
          setError(undefined);
        }}
        idOf={(_, i) => `${idPrefix}-reason-${i}`}
      />
      <Textarea
        id={`${idPrefix}-reason`}
        className={`wish-review__input${error ? ' wish-review__input--error' : ''}`}
        value={reason}
        maxlength={REASON_MAX}
        placeholder='例如：心愿内容不够具体，请补充需要的物品'
        onInput={(e) => {
          setReason(e.detail.value);
          setError(undefined);
        }}
      />
      <Text className='wish-review__count'>{`${reason.length}/${REASON_MAX}`}</Text>
      <ErrorLine id={`${idPrefix}-error`} className='wish-review__error' text={error} />
      <View className='wish-review__row'>
        <ActionButton id={`${idPrefix}-btn-reject-cancel`} type='plain' disabled={!!busy} onClick={() => setRejecting(false)}>
          返回
        </ActionButton>
        <ActionButton
          id={`${idPrefix}-btn-reject-confirm`}
          type='danger'
          loading={busy === 'reject'}
          loadingText='正在提交…'
          onClick={() => decide(false)}
        >
          确认不通过
        </ActionButton>
      </View>
    </View>
  );
}
