import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import CarePageMeta from '@/components/care-mode/page-meta';
import PrivacyPopup from '@/components/privacy-popup';
import Tabs, { type TabOption } from '@/components/tabs';
import { goBack } from '@/services/nav';
import { getSession, updateSessionUser } from '@/services/session';
import { setPickedStation, type PickedStation } from '@/services/station-pick';
import { userApi } from '@/services/user';
import BrowseTree, { type Crumb } from './browse-tree';
import NearbyStations from './nearby-stations';
import './index.scss';

type Tab = 'nearby' | 'browse';
const TABS: TabOption<Tab>[] = [
  { value: 'nearby', label: '附近的站点', id: 'tab-nearby' },
  { value: 'browse', label: '按乡镇（街道）查找', id: 'tab-browse' },
];

/**
 * Station picker. ?mode=home (default): the choice becomes the user's home station.
 * ?mode=pick: the choice goes back to the opener (e.g. the volunteer form) through station-pick.
 */
export default function StationPickerPage() {
  const { params } = useRouter();
  const mode = params.mode === 'pick' ? 'pick' : 'home';
  const [tab, setTab] = useState<Tab>('nearby');
  const [trail, setTrail] = useState<Crumb[]>([]);
  const [saving, setSaving] = useState<string>();
  const [error, setError] = useState<string>();
  // "当前" marks the home station only when choosing a home station.
  const current = mode === 'home' ? getSession().user?.homeStationId : undefined;

  async function choose(s: PickedStation) {
    if (saving) return;
    setError(undefined);
    if (mode === 'pick') {
      setPickedStation(s);
      goBack();
      return;
    }
    setSaving(s.id);
    const r = await userApi.setHomeStation({ stationId: s.id });
    setSaving(undefined);
    if (!r.ok) {
      setError(r.message);
      void Taro.showToast({ title: r.message, icon: 'none' });
      return;
    }
    updateSessionUser(r.data);
    void Taro.showToast({ title: '已设为我的站点', icon: 'success' });
    setTimeout(() => goBack(), 700);
  }

  return (
    <View className='page station-picker'>
      <CarePageMeta />
      <Tabs options={TABS} value={tab} onChange={setTab} />
      <Text className='page__lead'>
        {mode === 'pick' ? '请选择您参加志愿服务的文明实践站。' : '请选择您所在村（社区）的新时代文明实践站。'}
      </Text>
      {error ? (
        <View id='station-picker-error' className='page__banner page__banner--error'>
          {error}
        </View>
      ) : null}
      {tab === 'nearby' ? (
        <NearbyStations currentId={current} savingId={saving} onChoose={choose} onBrowse={() => setTab('browse')} />
      ) : (
        <BrowseTree trail={trail} onTrail={setTrail} currentId={current} savingId={saving} onChoose={choose} />
      )}
      <PrivacyPopup purpose='location' />
    </View>
  );
}
