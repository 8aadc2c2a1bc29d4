import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import SubmitBar from '@/components/submit-bar';
import TextField from '@/components/text-field';
import { MARKET_LIMITS, PRODUCER_STATUS_LABELS, type ProducerView } from '@/contracts/market';
import type { UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { marketApi, openMarketPage } from '@/services/market';
import { openStationPicker } from '@/services/nav';
import { openOrderPage } from '@/services/order';
import '../market.scss';

/** A villager registers at their home station (name, phone, village); the station reviews it. */
function Register({ user }: { user: UserView }) {
  const mine = useResource(() => marketApi.myProducer(), []);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [village, setVillage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string>();
  const [done, setDone] = useState<ProducerView>();
  const [busy, setBusy] = useState(false);

  if (mine.status !== 'ready')
    return (
      <StateView id='producer-state' status={mine.status === 'error' ? 'error' : 'loading'} error={mine.error} onRetry={mine.reload} />
    );
  const current = done ?? mine.data;
  if (current && current.status !== 'rejected') {
    return (
      <View className='page'>
        <StateView
          id='producer-state'
          status='empty'
          icon='农'
          title={`农户登记${PRODUCER_STATUS_LABELS[current.status]}`}
          description={`${current.name} · ${current.stationName}`}
        >
          {current.status === 'approved' ? (
            <ActionButton id='producer-btn-mine' type='primary' onClick={() => openMarketPage('mine')}>
              去上架商品
            </ActionButton>
          ) : null}
          {current.status === 'approved' ? (
            <ActionButton id='producer-btn-sales' type='secondary' onClick={() => openOrderPage('sales')}>
              我的销售和收入
            </ActionButton>
          ) : null}
        </StateView>
      </View>
    );
  }
  if (!user.homeStationId) {
    return (
      <StateView
        id='producer-state'
        status='empty'
        icon='站'
        title='请先选择您所在的站点'
        description='农户在自己村（社区）的文明实践站登记。'
      >
        <ActionButton id='producer-btn-station' type='primary' onClick={() => openStationPicker('home')}>
          选择站点
        </ActionButton>
      </StateView>
    );
  }

  async function submit() {
    setBusy(true);
    setBanner(undefined);
    const r = await marketApi.registerProducer({
      name: name.trim(),
      phone: phone.trim(),
      village: village.trim(),
      stationId: user.homeStationId as string,
    });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.fields ?? {});
      setBanner(r.message);
      return;
    }
    setDone(r.data);
  }

  return (
    <View className='page market-form'>
      <Text className='page__lead'>{`在${user.homeStationName ?? '您的站点'}登记为农户，站点工作人员审核后就可以在集市上架农产品。`}</Text>
      {current?.status === 'rejected' ? (
        <Text id='producer-rejected' className='page__banner page__banner--error'>{`上次登记未通过：${current.reviewNote ?? ''}`}</Text>
      ) : null}
      <TextField id='producer-form-name' name='name' label='姓名' value={name} onChange={setName} max={20} required error={errors.name} />
      <TextField
        id='producer-form-phone'
        name='phone'
        label='手机号码'
        type='number'
        value={phone}
        onChange={setPhone}
        max={11}
        required
        error={errors.phone}
      />
      <TextField
        id='producer-form-village'
        name='village'
        label='所在村（社区）'
        value={village}
        onChange={setVillage}
        max={MARKET_LIMITS.village}
        required
        error={errors.village}
      />
      <SubmitBar errorId='producer-form-error' error={banner}>
        <ActionButton id='producer-form-btn-submit' type='primary' size='large' loading={busy} onClick={() => void submit()}>
          提交登记
        </ActionButton>
      </SubmitBar>
    </View>
  );
}

export default function ProducerPage() {
  return <SessionGate idPrefix='producer'>{(user) => <Register user={user} />}</SessionGate>;
}
