import { useState } from 'react';
import { View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import FormField from '@/components/form-field';
import TextField from '@/components/text-field';
import WishPhotos, { photoIds, photosBusy, type PhotoItem } from '@/components/wish-photos';
import WishStars from '@/components/wish-stars';
import type { Fail } from '@/contracts/result';
import { checkPhotos, checkText } from '@/contracts/fields';
import { WISH_LIMITS, type WishView } from '@/contracts/wish';
import { wishApi } from '@/services/wish';

type FormProps = { wish: WishView; onDone: (w: WishView, toast: string) => void; onFail: (f: Fail) => void; onClose: () => void };

/** 1–5 stars, as the server's schema says it. */
const RATING_MESSAGE = '请选择1到5星';

/** 返回 | <submit>: ids "wish-detail-btn-<form>-cancel" and "wish-detail-btn-<form>-submit". */
function Buttons(p: { form: 'fulfil' | 'confirm'; busy: boolean; onClose: () => void; onSubmit: () => void; submitText: string }) {
  return (
    <View className='wish-detail__buttons'>
      <ActionButton id={`wish-detail-btn-${p.form}-cancel`} type='plain' disabled={p.busy} onClick={p.onClose}>
        返回
      </ActionButton>
      <ActionButton id={`wish-detail-btn-${p.form}-submit`} type='primary' loading={p.busy} loadingText='正在提交…' onClick={p.onSubmit}>
        {p.submitText}
      </ActionButton>
    </View>
  );
}

/** 我已完成: a note (required) and up to 3 photos. */
export function FulfilForm({ wish, onDone, onFail, onClose }: FormProps) {
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<PhotoItem[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send() {
    if (busy) return;
    if (photosBusy(photos)) return setError('照片还在上传，请稍等几秒');
    const ids = photoIds(photos);
    const problem = checkText(note, '完成说明', WISH_LIMITS.note) ?? checkPhotos(ids, WISH_LIMITS.photos);
    if (problem) return setError(problem);
    setBusy(true);
    const r = await wishApi.fulfil({ id: wish.id, note: note.trim(), photos: ids });
    setBusy(false);
    if (r.ok) onDone(r.data, '已告诉受助人');
    else if (r.fields?.note) setError(r.fields.note);
    else onFail(r);
  }

  return (
    <View id='wish-detail-fulfil-form'>
      <TextField
        id='wish-detail-note'
        label='怎么完成的'
        required
        lines='short'
        counter
        max={WISH_LIMITS.note}
        value={note}
        error={error}
        placeholder='例如：已把助行器送到家里，教会了使用方法'
        onChange={(v) => {
          setNote(v);
          setError(undefined);
        }}
      />
      <FormField name='wish-detail-fulfil-photos' label='照片（选填，最多 3 张）'>
        <WishPhotos idPrefix='wish-detail-fulfil-upload' items={photos} setItems={setPhotos} max={WISH_LIMITS.photos} />
      </FormField>
      <Buttons form='fulfil' busy={busy} onClose={onClose} onSubmit={send} submitText='提交' />
    </View>
  );
}

/** 确认并评价: 1–5 stars (required) and an optional comment. */
export function ConfirmForm({ wish, onDone, onFail, onClose }: FormProps) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; comment?: string }>({});
  const [busy, setBusy] = useState(false);

  async function send() {
    if (busy) return;
    const text = comment.trim();
    const found = {
      rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? undefined : RATING_MESSAGE,
      comment: text ? checkText(text, '评价', WISH_LIMITS.comment) : undefined,
    };
    if (found.rating || found.comment) return setErrors(found);
    setBusy(true);
    const r = await wishApi.confirm({ id: wish.id, rating, ...(text ? { comment: text } : {}) });
    setBusy(false);
    if (r.ok) onDone(r.data, '谢谢您的评价');
    else if (r.fields?.comment) setErrors({ comment: r.fields.comment });
    else onFail(r);
  }

  return (
    <View id='wish-detail-confirm-form'>
      <FormField name='wish-detail-rating' label='给这次帮助打个分' required error={errors.rating}>
        <WishStars
          idPrefix='wish-detail'
          value={rating}
          onChange={(n) => {
            setRating(n);
            setErrors({});
          }}
        />
      </FormField>
      <TextField
        id='wish-detail-comment'
        label='想说的话（选填）'
        lines='short'
        counter
        max={WISH_LIMITS.comment}
        value={comment}
        error={errors.comment}
        placeholder='例如：东西收到了，谢谢志愿者'
        onChange={(v) => {
          setComment(v);
          setErrors((e) => ({ ...e, comment: undefined }));
        }}
      />
      <Buttons form='confirm' busy={busy} onClose={onClose} onSubmit={send} submitText='确认' />
    </View>
  );
}
