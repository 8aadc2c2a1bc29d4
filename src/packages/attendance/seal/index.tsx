import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import StateView from '@/components/state-view';
import TextField from '@/components/text-field';
import type { SealView } from '@/contracts/service-records';
import { useResource } from '@/hooks/use-resource';
import { attendanceApi } from '@/services/attendance';
import { openStationPicker } from '@/services/nav';
import { takePickedStation } from '@/services/station-pick';
import { choosePhotos, photoSrc, uploadPhoto } from '@/services/upload';
import '../attendance.scss';

function SealForm({ view, onSaved }: { view: SealView; onSaved: (v: SealView) => void }) {
  const s = view.seal;
  const [fileId, setFileId] = useState(s?.fileId ?? '');
  const [preview, setPreview] = useState(s ? photoSrc(s.fileId) : undefined);
  const [head, setHead] = useState(s?.head ?? '');
  const [handler, setHandler] = useState(s?.handler ?? '');
  const [phone, setPhone] = useState(s?.phone ?? '');
  const [busy, setBusy] = useState<'upload' | 'save'>();
  const [error, setError] = useState<{ at: 'upload' | 'save'; text: string }>();

  async function pick() {
    const [path] = await choosePhotos(1);
    if (!path) return;
    setBusy('upload');
    setError(undefined);
    const r = await uploadPhoto(path, 'seal');
    setBusy(undefined);
    if (!r.ok) return setError({ at: 'upload', text: r.message });
    setFileId(r.data.fileID);
    setPreview(r.data.url || photoSrc(r.data.fileID));
  }

  async function save() {
    if (!fileId) return setError({ at: 'save', text: '请先上传公章图片' });
    setBusy('save');
    setError(undefined);
    const r = await attendanceApi.setSeal({
      stationId: view.stationId,
      fileId,
      head: head.trim(),
      handler: handler.trim(),
      phone: phone.trim(),
    });
    setBusy(undefined);
    if (r.ok) onSaved(r.data);
    else setError({ at: 'save', text: r.message });
  }

  return (
    <View className='attendance__block'>
      <Text className='attendance__subtitle'>{view.stationName}</Text>
      <Text className='attendance__meta'>上传公章后，本站组织的服务可以开具「志愿服务证明」；没有公章时只能出具「志愿服务记录」。</Text>
      {preview ? (
        <Image id='attendance-seal-image' src={preview} mode='aspectFit' style={{ width: '120px', height: '120px', marginTop: '12px' }} />
      ) : null}
      <View className='attendance__actions'>
        <ActionButton
          id='attendance-seal-btn-upload'
          type='secondary'
          loading={busy === 'upload'}
          loadingText='正在上传…'
          onClick={() => void pick()}
        >
          {fileId ? '换一张公章图片' : '上传公章图片'}
        </ActionButton>
        {error?.at === 'upload' ? <Text className='attendance__error'>{error.text}</Text> : null}
      </View>
      <TextField id='attendance-seal-head' label='负责人' value={head} onChange={setHead} max={20} required />
      <TextField id='attendance-seal-handler' label='经办人' value={handler} onChange={setHandler} max={20} required />
      <TextField id='attendance-seal-phone' label='联系电话' value={phone} onChange={setPhone} max={20} type='number' required />
      <View className='attendance__actions'>
        <ActionButton id='attendance-seal-btn-save' type='primary' loading={busy === 'save'} onClick={() => void save()}>
          保存
        </ActionButton>
        {error?.at === 'save' ? (
          <Text id='attendance-seal-error' className='attendance__error'>
            {error.text}
          </Text>
        ) : null}
      </View>
    </View>
  );
}

function Seal({ stationId }: { stationId: string }) {
  const res = useResource(() => attendanceApi.seal({ stationId }), [stationId], !!stationId);
  const [saved, setSaved] = useState(false);
  if (res.data) {
    return (
      <>
        {saved ? (
          <View id='attendance-seal-saved' className='page__banner page__banner--info'>
            已保存。之后开具的志愿服务证明会盖上这枚公章。
          </View>
        ) : null}
        <SealForm
          key={res.data.seal?.updatedAt ?? 0}
          view={res.data}
          onSaved={() => {
            setSaved(true);
            void res.reload();
          }}
        />
      </>
    );
  }
  if (res.status === 'error')
    return (
      <StateView id='attendance-seal-state' status='error' error={res.error} onRetry={res.reload} retryId='attendance-seal-btn-retry' />
    );
  return <StateView id='attendance-seal-state' status='loading' />;
}

function SealPicker({ initial }: { initial: string }) {
  const [station, setStation] = useState(initial);
  useDidShow(() => {
    const s = takePickedStation();
    if (s) setStation(s.id);
  });
  return (
    <View id='attendance-seal' className='page attendance'>
      {station ? <Seal stationId={station} /> : null}
      <View className='page__actions'>
        <ActionButton id='attendance-seal-btn-station' type={station ? 'plain' : 'primary'} onClick={() => openStationPicker('pick')}>
          {station ? '换一个站点' : '选择站点'}
        </ActionButton>
      </View>
    </View>
  );
}

/** Staff: a station's seal image and signatories for its 志愿服务证明 (?stationId=…, or pick a station). */
export default gatedPage('attendance-seal-page', (_, query) => <SealPicker initial={query('stationId')} />);
