import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Banner from '@/components/banner';
import Card from '@/components/card';
import Chip from '@/components/chip';
import TextField from '@/components/text-field';
import { MARKET_LIMITS, PRODUCER_STATUS_LABELS, SUPPORT_CATEGORIES, type ProducerView } from '@/contracts/market';
import type { Result } from '@/contracts/result';
import { marketApi, openListingForm } from '@/services/market';

/** One producer for staff: review a pending registration; mark the household supported; list on their behalf. */
export default function ProducerRow({ producer }: { producer: ProducerView }) {
  const [p, setP] = useState(producer);
  const [note, setNote] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `producer-${p.id}`;

  async function act(call: () => Promise<Result<ProducerView>>) {
    setBusy(true);
    setError(undefined);
    const r = await call();
    setBusy(false);
    if (!r.ok) return setError(r.fields?.note ?? r.message);
    setRejecting(false);
    setP(r.data);
  }

  return (
    <Card
      id={id}
      title={`${p.name}${p.proxy ? '（代登记）' : ''}`}
      extra={<Chip status={p.status}>{PRODUCER_STATUS_LABELS[p.status]}</Chip>}
    >
      <View className='market-detail__facts'>
        <Text>{`${p.village} · ${p.stationName}`}</Text>
        {p.phone ? <Text id={`${id}-phone`}>{`电话：${p.phone}`}</Text> : null}
        <Text id={`${id}-support`}>{p.supported ? `帮扶户：${p.supportCategory ?? ''}` : '未标记帮扶'}</Text>
      </View>
      {p.actions.includes('markSupported') ? (
        <View className='market-form__chips'>
          {SUPPORT_CATEGORIES.map((c, i) => (
            <Chip
              key={c}
              id={`${id}-support-${i}`}
              selectable
              selected={p.supportCategory === c}
              onClick={() => void act(() => marketApi.markSupported({ id: p.id, category: c }))}
            >
              {c}
            </Chip>
          ))}
          {p.supported ? (
            <Chip
              id={`${id}-support-none`}
              selectable
              onClick={() => void act(() => marketApi.markSupported({ id: p.id, category: null }))}
            >
              取消标记
            </Chip>
          ) : null}
        </View>
      ) : null}
      {rejecting ? (
        <TextField id={`${id}-note`} name='note' label='不通过的原因' value={note} onChange={setNote} max={MARKET_LIMITS.reason} />
      ) : null}
      <Banner id={`${id}-error`} text={error} />
      <View className='page__actions'>
        {p.actions.includes('approve') ? (
          <ActionButton
            id={`${id}-btn-approve`}
            loading={busy}
            onClick={() => void act(() => marketApi.reviewProducer({ id: p.id, approve: true }))}
          >
            通过登记
          </ActionButton>
        ) : null}
        {p.actions.includes('reject') ? (
          <ActionButton
            id={`${id}-btn-reject`}
            type='plain'
            loading={busy}
            onClick={() => (rejecting ? void act(() => marketApi.reviewProducer({ id: p.id, approve: false, note })) : setRejecting(true))}
          >
            {rejecting ? '确认不通过' : '不通过'}
          </ActionButton>
        ) : null}
        {p.actions.includes('createListing') ? (
          <ActionButton
            id={`${id}-btn-list`}
            type='secondary'
            onClick={() => openListingForm({ producerId: p.id, stationId: p.stationId })}
          >
            代农户上架
          </ActionButton>
        ) : null}
      </View>
    </Card>
  );
}
