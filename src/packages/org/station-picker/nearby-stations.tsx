import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import Cell from '@/components/cell';
import StateView from '@/components/state-view';
import type { NearStation } from '@/contracts/org';
import type { Fail } from '@/contracts/result';
import { formatDistance } from '@/services/format';
import { locate } from '@/services/location';
import { orgApi } from '@/services/org';
import type { PickedStation } from '@/services/station-pick';

type State =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'loading' }
  | { kind: 'no-location'; message: string }
  | { kind: 'error'; error: Fail }
  | { kind: 'ready'; items: NearStation[] };

type Props = {
  currentId?: string;
  savingId?: string;
  onChoose: (s: PickedStation) => void;
  onBrowse: () => void;
};

/** Nearest stations: consent → location → org.nearestStations. Nothing is asked before the user taps. */
export default function NearbyStations({ currentId, savingId, onChoose, onBrowse }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function find() {
    setState({ kind: 'locating' });
    const loc = await locate();
    if (!loc.ok) {
      setState({ kind: 'no-location', message: loc.message });
      return;
    }
    setState({ kind: 'loading' });
    const r = await orgApi.nearestStations({ ...loc.point, limit: 10 });
    setState(r.ok ? { kind: 'ready', items: r.data.items } : { kind: 'error', error: r });
  }

  usePullDownRefresh(() => {
    const p = state.kind === 'idle' ? Promise.resolve() : find();
    void p.finally(() => Taro.stopPullDownRefresh());
  });

  const browse = (
    <ActionButton id='btn-browse-fallback' type='secondary' onClick={onBrowse}>
      按乡镇（街道）查找
    </ActionButton>
  );

  switch (state.kind) {
    case 'idle':
      return (
        <Card id='nearby-intro' title='找离您最近的站点'>
          <Text className='page__text'>会先征得您的同意，再使用您的位置，只用来查找附近的文明实践站。</Text>
          <View className='page__actions'>
            <ActionButton id='btn-locate' type='primary' size='large' onClick={find}>
              查找附近的站点
            </ActionButton>
            {browse}
          </View>
        </Card>
      );
    case 'locating':
    case 'loading':
      return (
        <StateView
          id='nearby-state'
          status='loading'
          size='inline'
          title={state.kind === 'locating' ? '正在确定您的位置…' : '正在查找附近的站点…'}
        />
      );
    case 'no-location':
      return (
        <StateView id='nearby-state' status='empty' icon='位' size='inline' title='没有拿到您的位置' description={state.message}>
          {browse}
          <ActionButton id='btn-locate-again' type='plain' onClick={find}>
            再试一次
          </ActionButton>
        </StateView>
      );
    case 'error':
      return (
        <StateView id='nearby-state' status='error' size='inline' error={state.error} onRetry={find} retryId='nearby-btn-retry'>
          {browse}
        </StateView>
      );
    case 'ready':
      if (!state.items.length) {
        return (
          <StateView
            id='nearby-state'
            status='empty'
            icon='站'
            size='inline'
            title='附近没有找到站点'
            description='可能您离最近的站点比较远，可以按乡镇（街道）查找。'
          >
            {browse}
          </StateView>
        );
      }
      return (
        <View id='nearby-list' className='page__list'>
          {state.items.map((s) => (
            <Cell
              key={s.id}
              id={`station-item-${s.id}`}
              title={s.name}
              description={s.address}
              extra={
                savingId === s.id ? (
                  '正在保存…'
                ) : s.id === currentId ? (
                  <Text className='station-picker__tag'>当前</Text>
                ) : (
                  formatDistance(s.distanceM)
                )
              }
              onClick={() => onChoose({ id: s.id, name: s.name, address: s.address })}
            />
          ))}
        </View>
      );
  }
}
