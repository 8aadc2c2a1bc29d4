import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import WishReview from '@/components/wish-review';
import type { Fail, Result } from '@/contracts/result';
import type { WishView, WishViewAction } from '@/contracts/wish';
import { openRegisterVolunteer } from '@/services/nav';
import { WISH_ROUTES, wishApi } from '@/services/wish';
import { ConfirmForm, FulfilForm } from './forms';

type Props = {
  wish: WishView;
  onChanged: (w: WishView, toast: string) => void;
  /** A refusal; `stale` when the wish moved on meanwhile (reload it). */
  onFail: (f: Fail) => void;
};

type ButtonAction = Exclude<WishViewAction, 'review'>;
type Look = { id: string; label: string; type: 'primary' | 'secondary' | 'danger' | 'plain' };

/** How each action the server offers looks (ids `wish-detail-btn-<id>`). Which ones show is the server's call. */
const LOOK: Record<ButtonAction, Look> = {
  claim: { id: 'claim', label: '认领这个心愿', type: 'primary' },
  registerToClaim: { id: 'register', label: '注册志愿者，来认领', type: 'secondary' },
  fulfil: { id: 'fulfil', label: '我已完成', type: 'primary' },
  release: { id: 'release', label: '放弃认领', type: 'danger' },
  confirm: { id: 'confirm', label: '确认并评价', type: 'primary' },
  cancel: { id: 'cancel', label: '撤回心愿', type: 'danger' },
  resubmit: { id: 'new', label: '重新许个心愿', type: 'primary' },
};

async function ask(title: string, content: string, confirmText: string): Promise<boolean> {
  try {
    const r = await Taro.showModal({ title, content, confirmText, cancelText: '再想想', confirmColor: '#C8161D' });
    return !!r.confirm;
  } catch {
    return false;
  }
}

/** The buttons of the actions the server lists for this reader (`wish.actions`); none when there are none. */
export default function Actions({ wish, onChanged, onFail }: Props) {
  const [open, setOpen] = useState<'fulfil' | 'confirm'>();
  const [busy, setBusy] = useState<string>();
  const actions = wish.actions ?? [];

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

  const press: Record<ButtonAction, () => void> = {
    claim: () => void run('claim', () => wishApi.claim({ id: wish.id }), '认领成功'),
    registerToClaim: openRegisterVolunteer,
    fulfil: () => setOpen('fulfil'),
    release: async () => {
      if (await ask('放弃认领？', '心愿会回到心愿池，让别人来认领。', '放弃认领'))
        await run('release', () => wishApi.release({ id: wish.id }), '已放弃认领');
    },
    confirm: () => setOpen('confirm'),
    cancel: async () => {
      if (await ask('撤回这个心愿？', '撤回后心愿不再公开，也不能再被认领。', '撤回'))
        await run('cancel', () => wishApi.cancel({ id: wish.id }), '已撤回');
    },
    resubmit: () => void Taro.redirectTo({ url: WISH_ROUTES.submit }),
  };

  const buttons = actions
    .filter((a): a is ButtonAction => a !== 'review')
    .map((a) => {
      const { id, label, type } = LOOK[a];
      return (
        <ActionButton
          key={id}
          id={`wish-detail-btn-${id}`}
          type={type}
          size={type === 'primary' ? 'large' : 'medium'}
          loading={busy === a}
          loadingText='正在提交…'
          disabled={!!busy && busy !== a}
          onClick={press[a]}
        >
          {label}
        </ActionButton>
      );
    });
  const review = actions.includes('review');
  if (!buttons.length && !review) return null;

  return (
    <Card
      id='wish-detail-actions'
      title={open === 'fulfil' ? '我已完成' : open === 'confirm' ? '确认并评价' : review ? '审核' : '我可以做什么'}
    >
      {open === 'fulfil' ? <FulfilForm wish={wish} onDone={done} onFail={onFail} onClose={() => setOpen(undefined)} /> : null}
      {open === 'confirm' ? <ConfirmForm wish={wish} onDone={done} onFail={onFail} onClose={() => setOpen(undefined)} /> : null}
      {review ? <WishReview wish={wish} idPrefix='wish-detail' onDone={(w) => onChanged(w, '')} /> : null}
      {!open && buttons.length ? <View className='wish-detail__actions'>{buttons}</View> : null}
    </Card>
  );
}
