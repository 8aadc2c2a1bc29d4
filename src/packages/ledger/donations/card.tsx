import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import { DONATION_STATE_LABELS, DONOR_KIND_LABELS, type DonationView, type HandoverView } from '@/contracts/donation';
import { donationApi } from '@/services/ledger';
import { HandoverForm } from './form';

const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
};

function Handovers({ donationId }: { donationId: string }) {
  const [items, setItems] = useState<HandoverView[]>();
  const [error, setError] = useState<string>();
  async function load() {
    setError(undefined);
    const r = await donationApi.handovers({ donationId, limit: 50 });
    if (r.ok) setItems(r.data.items);
    else setError(r.message);
  }
  const id = `donation-${donationId}-handovers`;
  if (!items)
    return (
      <View>
        <ActionButton id={`${id}-btn`} type='plain' size='compact' onClick={() => void load()}>
          查看发放记录
        </ActionButton>
        {error ? <Text className='ledger__error'>{error}</Text> : null}
      </View>
    );
  return (
    <View id={id}>
      {items.length === 0 ? <Text className='ledger__meta'>还没有发放记录。</Text> : null}
      {items.map((h) => (
        <Text
          key={h.id}
          className='ledger__meta'
        >{`${day(h.handedAt)} · ${h.recipientName}${h.recipientPhone ? ` ${h.recipientPhone}` : ''} · ${h.qty}${h.unit}`}</Text>
      ))}
    </View>
  );
}

/** One donation: what, how much is left, from whom; 接收 / 不接收 and 记录发放 from the view's actions. */
export function DonationCard({ d, onChanged }: { d: DonationView; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const id = `donation-${d.id}`;
  async function confirm(accept: boolean) {
    setBusy(true);
    setError(undefined);
    const r = await donationApi.confirmDonation({ donationId: d.id, accept });
    setBusy(false);
    if (r.ok) onChanged();
    else setError(r.message);
  }
  return (
    <View id={id} className='ledger__card' data-state={d.state}>
      <View className='ledger__row'>
        <Text className='ledger__name'>{`${d.item} ${d.qty}${d.unit}`}</Text>
        <Chip id={`${id}-state`} status={d.state} tone={d.state === 'pending' ? 'warning' : d.state === 'received' ? 'success' : 'neutral'}>
          {DONATION_STATE_LABELS[d.state]}
        </Chip>
      </View>
      <Text className='ledger__meta'>{`${DONOR_KIND_LABELS[d.donorKind]}：${d.donorName}${d.donorPhone ? ` ${d.donorPhone}` : ''} · ${d.stationName}`}</Text>
      {d.state === 'received' ? (
        <Text id={`${id}-remaining`} className='ledger__meta'>{`已发放 ${d.handedOver}${d.unit}，还剩 ${d.remaining}${d.unit}`}</Text>
      ) : null}
      {d.declinedNote ? <Text className='ledger__meta'>{`未接收：${d.declinedNote}`}</Text> : null}
      {d.actions.includes('confirm') ? (
        <View className='ledger__actions'>
          <ActionButton id={`${id}-btn-receive`} type='primary' loading={busy} onClick={() => void confirm(true)}>
            已收到，确认入库
          </ActionButton>
          <ActionButton id={`${id}-btn-decline`} type='plain' disabled={busy} onClick={() => void confirm(false)}>
            不接收
          </ActionButton>
        </View>
      ) : null}
      {d.actions.includes('handover') ? (
        open ? (
          <HandoverForm donationId={d.id} remaining={d.remaining} unit={d.unit} onDone={onChanged} />
        ) : (
          <View className='ledger__actions'>
            <ActionButton id={`${id}-btn-handover`} type='secondary' onClick={() => setOpen(true)}>
              记录发放
            </ActionButton>
          </View>
        )
      ) : null}
      {error ? (
        <Text id={`${id}-error`} className='ledger__error'>
          {error}
        </Text>
      ) : null}
      {d.state === 'received' ? <Handovers donationId={d.id} /> : null}
    </View>
  );
}
