import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton, { type ActionButtonType } from '@/components/action-button';
import Banner from '@/components/banner';
import Card from '@/components/card';
import Chip from '@/components/chip';
import ChoiceChips from '@/components/choice-chips';
import TextField from '@/components/text-field';
import { MARKET_LIMITS, PRODUCER_STATUS_LABELS, SUPPORT_CATEGORIES, type ProducerView, type ProducerViewAction } from '@/contracts/market';
import type { Result } from '@/contracts/result';
import { marketApi, openListingForm } from '@/services/market';

type Button = { action: ProducerViewAction; id: string; type?: ActionButtonType; busy?: boolean; label: string; onClick: () => void };

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

  // The buttons of the actions the server allows, in this order; `busy` ones show the pending call.
  const review = (approve: boolean) => void act(() => marketApi.reviewProducer({ id: p.id, approve, ...(approve ? {} : { note }) }));
  const reject = () => (rejecting ? review(false) : setRejecting(true));
  const list = () => openListingForm({ producerId: p.id, stationId: p.stationId });
  const buttons: Button[] = [
    { action: 'approve', id: 'approve', busy: true, label: '通过登记', onClick: () => review(true) },
    { action: 'reject', id: 'reject', type: 'plain', busy: true, label: rejecting ? '确认不通过' : '不通过', onClick: reject },
    { action: 'createListing', id: 'list', type: 'secondary', label: '代农户上架', onClick: list },
  ];

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
        <ChoiceChips
          className='market-form__chips'
          options={SUPPORT_CATEGORIES}
          value={p.supportCategory}
          onPick={(c) => void act(() => marketApi.markSupported({ id: p.id, category: c }))}
          idOf={(_, i) => `${id}-support-${i}`}
        >
          {p.supported ? (
            <Chip
              id={`${id}-support-none`}
              selectable
              onClick={() => void act(() => marketApi.markSupported({ id: p.id, category: null }))}
            >
              取消标记
            </Chip>
          ) : null}
        </ChoiceChips>
      ) : null}
      {rejecting ? (
        <TextField id={`${id}-note`} name='note' label='不通过的原因' value={note} onChange={setNote} max={MARKET_LIMITS.reason} />
      ) : null}
      <Banner id={`${id}-error`} text={error} />
      <View className='page__actions'>
        {buttons
          .filter((x) => p.actions.includes(x.action))
          .map((x) => (
            <ActionButton key={x.action} id={`${id}-btn-${x.id}`} type={x.type} loading={x.busy && busy} onClick={x.onClick}>
              {x.label}
            </ActionButton>
          ))}
      </View>
    </Card>
  );
}
