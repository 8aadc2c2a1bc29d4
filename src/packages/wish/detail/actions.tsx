import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import WishReview from '@/components/wish-review';
import type { Fail, Result } from '@/contracts/result';
import type { WishView } from '@/contracts/wish';
import { openRegisterVolunteer } from '@/services/nav';
import { WISH_ROUTES, wishApi } from '@/services/wish';
import { ConfirmForm, FulfilForm } from './forms';

type Props = {
  wish: WishView;
  canClaim: boolean;
  onChanged: (w: WishView, toast: string) => void;
  /** A refusal; `stale` when the wish moved on meanwhile (reload it). */
  onFail: (f: Fail) => void;
};

async function ask(title: string, content: string, confirmText: string): Promise<boolean> {
  try {
    const r = await Taro.showModal({ title, content, confirmText, cancelText: '再想想', confirmColor: '#C8161D' });
    return !!r.confirm;
  } catch {
    return false;
  }
}

/** The buttons this reader has for the wish in its state; none when there is nothing for them to do. */
export default function Actions({ wish, canClaim, onChanged, onFail }: Props) {
  const [open, setOpen] = useState<'fulfil' | 'confirm'>();
  const [busy, setBusy] = useState<string>();
  const { status, viewer } = wish;

  async function run(key: string, call: () => Promise<Result<WishView>>, toast: string) {
    if (busy) return;
    setBusy(key);
    const r = await call();
    setBusy(undefined);
    if (r.ok) onChanged(r.data, toast);
    else onFail(r);
  }
  const done = (w: WishView, toast: string) => {
    setOpen(undefined);
    onChanged(w, toast);
  };

  const btn = (key: string, label: string, type: 'primary' | 'secondary' | 'danger' | 'plain', onClick: () => void) => (
    <ActionButton key={key} id={`wish-detail-btn-${key}`} type={type} size={type === 'primary' ? 'large' : 'medium'}
      loading={busy === key} loadingText='正在提交…' disabled={!!busy && busy !== key} onClick={onClick}>
      {label}
    </ActionButton>
  );
  const buttons = [];
  if (status === 'open' && viewer !== 'owner' && canClaim) {
    buttons.push(btn('claim', '认领这个心愿', 'primary', () => void run('claim', () => wishApi.claim({ id: wish.id }), '认领成功')));
  }
  if (status === 'open' && viewer === 'public' && !canClaim) buttons.push(btn('register', '注册志愿者，来认领', 'secondary', openRegisterVolunteer));
  if (status === 'claimed' && viewer === 'claimer') {
    buttons.push(btn('fulfil', '我已完成', 'primary', () => setOpen('fulfil')));
    buttons.push(btn('release', '放弃认领', 'danger', async () => {
      if (await ask('放弃认领？', '心愿会回到心愿池，让别人来认领。', '放弃认领')) await run('release', () => wishApi.release({ id: wish.id }), '已放弃认领');
    }));
  }
  if (status === 'fulfilled' && (viewer === 'owner' || viewer === 'staff')) buttons.push(btn('confirm', '确认并评价', 'primary', () => setOpen('confirm')));
  if ((status === 'pending_review' || status === 'open') && viewer === 'owner') {
    buttons.push(btn('cancel', '撤回心愿', 'danger', async () => {
      if (await ask('撤回这个心愿？', '撤回后心愿不再公开，也不能再被认领。', '撤回')) await run('cancel', () => wishApi.cancel({ id: wish.id }), '已撤回');
    }));
  }
  if ((status === 'rejected' || status === 'expired' || status === 'cancelled') && viewer === 'owner') {
    buttons.push(btn('new', '重新许个心愿', 'primary', () => void Taro.redirectTo({ url: WISH_ROUTES.submit })));
  }
  const review = status === 'pending_review' && viewer === 'staff';
  if (!buttons.length && !review) return null;

  return (
    <Card id='wish-detail-actions' title={open === 'fulfil' ? '我已完成' : open === 'confirm' ? '确认并评价' : review ? '审核' : '我可以做什么'}>
      {open === 'fulfil' ? <FulfilForm wish={wish} onDone={done} onFail={onFail} onClose={() => setOpen(undefined)} /> : null}
      {open === 'confirm' ? <ConfirmForm wish={wish} onDone={done} onFail={onFail} onClose={() => setOpen(undefined)} /> : null}
      {review ? <WishReview wish={wish} idPrefix='wish-detail' onDone={(w) => onChanged(w, '')} /> : null}
      {!open && buttons.length ? <View className='wish-detail__actions'>{buttons}</View> : null}
    </Card>
  );
}
