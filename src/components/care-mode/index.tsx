import { useSyncExternalStore } from 'react';
import { Text, View } from '@tarojs/components';
import { isCareMode, setCareMode, subscribeCareMode } from '@/services/care';
import Cell from '../cell';

/** The 关怀模式 row on 我的: one tap switches large text and larger buttons on or off (remembered on this phone). */
export default function CareModeSwitch({ idPrefix }: { idPrefix: string }) {
  const on = useSyncExternalStore(subscribeCareMode, isCareMode, isCareMode);
  return (
    <View className='page__list'>
      <Cell
        id={`${idPrefix}-care-toggle`}
        title='关怀模式'
        description={on ? '字和按钮已经放大，再点一下恢复' : '把字和按钮放大，看得清、点得准'}
        extra={<Text id={`${idPrefix}-care-state`}>{on ? '已开启' : '已关闭'}</Text>}
        onClick={() => setCareMode(!on)}
      />
    </View>
  );
}
