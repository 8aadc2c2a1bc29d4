import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import ChoiceChips from '@/components/choice-chips';
import ErrorLine from '@/components/error-line';
import MainButton from '@/components/main-button';
import TextField from '@/components/text-field';
import {
  DONATION_RULES as R,
  DONATION_UNITS,
  DONOR_KIND_LABELS,
  DONOR_KINDS,
  type DonationUnit,
  type DonorKind,
} from '@/contracts/donation';
import { useAction } from '@/hooks/use-action';
import { useFormFields, type FieldErrors } from '@/hooks/use-form-fields';
import type { PickedStation } from '@/services/station-pick';
import { openStationPicker } from '@/services/nav';
import { donationApi } from '@/services/ledger';

const TYPED = ['item', 'qty', 'donorName', 'donorPhone'] as const;
type Typed = Record<(typeof TYPED)[number], string>;
const EMPTY: Typed = { item: '', qty: '', donorName: '', donorPhone: '' };

/** 登记捐赠: what, how much + unit, from whom (a unit's or a resident's name, a phone if they like), at a station. */
export function RegisterForm({ station, onDone }: { station?: PickedStation; onDone: () => void }) {
  const [unit, setUnit] = useState<DonationUnit>('件');
  const [kind, setKind] = useState<DonorKind>('resident');
  // The typed values, named as the server names their fields (its messages land under them).
  const { values: v, set, setErrors, field } = useFormFields<Typed>(EMPTY);
  const submit = useAction(async () => {
    if (!station) return;
    const phone = v.donorPhone.trim();
    const r = await donationApi.registerDonation({
      stationId: station.id,
      item: v.item,
      qty: Number(v.qty),
      unit,
      donorKind: kind,
      donorName: v.donorName,
      ...(phone ? { donorPhone: phone } : {}),
    });
    if (!r.ok) {
      setErrors((r.fields ?? {}) as FieldErrors<keyof Typed>);
      return r.message;
    }
    // Unit and kind stay as chosen: the next donation is often of the same sort.
    for (const k of TYPED) set(k)('');
    setErrors({});
    onDone();
  });
  return (
    <View id='donation-form' className='ledger__block'>
      <Text className='ledger__title'>登记捐赠物资</Text>
      <View className='ledger__row'>
        <Text className='ledger__label'>捐到</Text>
        <Text id='donation-form-station' className='ledger__name'>
          {station ? station.name || '已选站点' : '还没有选站点'}
        </Text>
      </View>
      <ActionButton id='donation-form-btn-station' type='plain' size='compact' onClick={() => openStationPicker('pick')}>
        {station ? '换一个站点' : '选择站点'}
      </ActionButton>
      <TextField id='donation-item' label='捐的是什么' {...field('item')} max={R.itemMax} placeholder='例如：大米、棉被' required />
      <TextField id='donation-qty' label='数量' type='number' {...field('qty')} max={5} required />
      <ChoiceChips className='ledger__chips' options={DONATION_UNITS} value={unit} onPick={setUnit} idOf={(u) => `donation-unit-${u}`} />
      <ChoiceChips
        className='ledger__chips'
        options={DONOR_KINDS}
        value={kind}
        onPick={setKind}
        idOf={(k) => `donation-kind-${k}`}
        label={(k) => DONOR_KIND_LABELS[k]}
      />
      <TextField id='donation-donor' label={kind === 'unit' ? '单位名称' : '捐赠人姓名'} {...field('donorName')} max={R.nameMax} required />
      <TextField
        id='donation-phone'
        label='联系电话（可不填）'
        type='number'
        {...field('donorPhone')}
        max={11}
        hint='只有站点管理员看得到，显示时会隐藏中间四位。'
      />
      <View className='ledger__actions'>
        <MainButton id='donation-form-btn-submit' act={submit} disabled={!station}>
          提交登记
        </MainButton>
        <ErrorLine id='donation-form-error' className='ledger__error' text={submit.error} />
      </View>
    </View>
  );
}

/** 记录发放: how much (at most what remains), to which household, with its phone if known. */
export function HandoverForm({
  donationId,
  remaining,
  unit,
  onDone,
}: {
  donationId: string;
  remaining: number;
  unit: string;
  onDone: () => void;
}) {
  const [qty, setQty] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const id = `donation-${donationId}-handover`;
  const submit = useAction(async () => {
    const r = await donationApi.recordHandover({
      donationId,
      qty: Number(qty),
      recipientName: name,
      ...(phone.trim() ? { recipientPhone: phone.trim() } : {}),
    });
    if (!r.ok) return r.message;
    onDone();
  });
  return (
    <View id={id}>
      <Text id={`${id}-remaining`} className='ledger__note'>{`还剩 ${remaining}${unit} 可以发放`}</Text>
      <TextField id={`${id}-qty`} label={`发放数量（${unit}）`} type='number' value={qty} onChange={setQty} max={5} required />
      <TextField id={`${id}-name`} label='受助户姓名' value={name} onChange={setName} max={R.nameMax} required />
      <TextField id={`${id}-phone`} label='受助户电话（可不填）' type='number' value={phone} onChange={setPhone} max={11} />
      <ActionButton id={`${id}-btn-submit`} type='primary' loading={submit.busy} onClick={() => void submit.run()}>
        确认发放
      </ActionButton>
      <ErrorLine id={`${id}-error`} className='ledger__error' text={submit.error} />
    </View>
  );
}
