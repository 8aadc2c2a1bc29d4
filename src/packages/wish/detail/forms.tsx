import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import FormField from '@/components/form-field';
import WishPhotos, { photoIds, photosBusy, type PhotoItem } from '@/components/wish-photos';
import WishStars from '@/components/wish-stars';
import type { Fail } from '@/contracts/result';
import { WISH_LIMITS, WishInput, type WishView } from '@/contracts/wish';
import { wishApi } from '@/services/wish';

type FormProps = { wish: WishView; onDone: (w: WishView, toast: string) => void; onFail: (f: Fail) => void; onClose: () => void };

/** The first message zod gives for `field`, if any. */
function issueFor(error: { issues: { path: PropertyKey[]; message: string }[] }, field: string): string | undefined {
  return error.issues.find((i) => i.path[0] === field)?.message;
}

function NoteBox(p: { id: string; value: string; onChange: (v: string) => void; placeholder: string }) {
  return (
    <>
      <Textarea id={p.id} className='form-field__input wish-detail__textarea' value={p.value} maxlength={WISH_LIMITS.note}
        placeholder={p.placeholder} onInput={(e) => p.onChange(e.detail.value)} />
      <Text className='wish-detail__count'>{`${Array.from(p.value).length}/${WISH_LIMITS.note}`}</Text>
    </>
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
    const parsed = WishInput.fulfil.safeParse({ id: wish.id, note, photos: photoIds(photos) });
    if (!parsed.success) return setError(issueFor(parsed.error, 'note') ?? parsed.error.issues[0]?.message);
    setBusy(true);
    const r = await wishApi.fulfil(parsed.data);
    setBusy(false);
    if (r.ok) onDone(r.data, '已告诉受助人');
    else if (r.fields?.note) setError(r.fields.note);
    else onFail(r);
  }

  return (
    <View id='wish-detail-fulfil-form'>
      <FormField name='wish-detail-note' label='怎么完成的' required error={error}>
        <NoteBox id='wish-detail-note' value={note} placeholder='例如：已把助行器送到家里，教会了使用方法'
          onChange={(v) => { setNote(v); setError(undefined); }} />
      </FormField>
      <FormField name='wish-detail-fulfil-photos' label='照片（选填，最多 3 张）'>
        <WishPhotos idPrefix='wish-detail-fulfil-upload' items={photos} setItems={setPhotos} max={WISH_LIMITS.photos} />
      </FormField>
      <View className='wish-detail__buttons'>
        <ActionButton id='wish-detail-btn-fulfil-cancel' type='plain' disabled={busy} onClick={onClose}>返回</ActionButton>
        <ActionButton id='wish-detail-btn-fulfil-submit' type='primary' loading={busy} loadingText='正在提交…' onClick={send}>提交</ActionButton>
      </View>
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
    const parsed = WishInput.confirm.safeParse({ id: wish.id, rating, ...(text ? { comment: text } : {}) });
    if (!parsed.success) return setErrors({ rating: issueFor(parsed.error, 'rating'), comment: issueFor(parsed.error, 'comment') });
    setBusy(true);
    const r = await wishApi.confirm(parsed.data);
    setBusy(false);
    if (r.ok) onDone(r.data, '谢谢您的评价');
    else if (r.fields?.comment) setErrors({ comment: r.fields.comment });
    else onFail(r);
  }

  return (
    <View id='wish-detail-confirm-form'>
      <FormField name='wish-detail-rating' label='给这次帮助打个分' required error={errors.rating}>
        <WishStars idPrefix='wish-detail' value={rating} onChange={(n) => { setRating(n); setErrors({}); }} />
      </FormField>
      <FormField name='wish-detail-comment' label='想说的话（选填）' error={errors.comment}>
        <NoteBox id='wish-detail-comment' value={comment} placeholder='例如：东西收到了，谢谢志愿者'
          onChange={(v) => { setComment(v); setErrors((e) => ({ ...e, comment: undefined })); }} />
      </FormField>
      <View className='wish-detail__buttons'>
        <ActionButton id='wish-detail-btn-confirm-cancel' type='plain' disabled={busy} onClick={onClose}>返回</ActionButton>
        <ActionButton id='wish-detail-btn-confirm-submit' type='primary' loading={busy} loadingText='正在提交…' onClick={send}>确认</ActionButton>
      </View>
    </View>
  );
}
