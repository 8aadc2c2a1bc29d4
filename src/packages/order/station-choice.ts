import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { takePickedStation, type PickedStation } from '@/services/station-pick';

const KEY = 'order-staff-station';

/**
 * The station a shopkeeper works at on these pages: ?stationId= first, then the one chosen last on this
 * device, then their home station; a choice from the station picker replaces it and is remembered.
 */
export function useStaffStation(param: string | undefined, home: PickedStation | undefined) {
  const [station, setStation] = useState<PickedStation | undefined>(() => {
    if (param) return { id: param, name: '' };
    const saved = Taro.getStorageSync(KEY) as PickedStation | '';
    return saved && typeof saved === 'object' && saved.id ? saved : home;
  });
  useDidShow(() => {
    const s = takePickedStation();
    if (!s) return;
    Taro.setStorageSync(KEY, s);
    setStation(s);
  });
  return station;
}
