import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { UserView } from '@/contracts/user';
import { WISH_LIMITS, type WishView } from '@/contracts/wish';
import { useAction } from '@/hooks/use-action';
import { useFormFields } from '@/hooks/use-form-fields';
import { takePickedStation, type PickedStation } from '@/services/station-pick';
import { WISH_CATEGORY_OPTIONS, showSubmittedWish, wishApi } from '@/services/wish';
import Card from '../card';
import Chip from '../chip';
import FormField from '../form-field';
import MainButton from '../main-button';
import StationSelect from '../station-select';
import SubmitBar from '../submit-bar';
import TextField from '../text-field';
import WishPhotos, { photoIds, photosBusy, type PhotoItem } from '../wish-photos';
import { BeneficiaryFields, binder, initialBeneficiary, rememberBeneficiary, type FormValues } from './beneficiary';
import { CODE_FIELDS, fieldErrorsFrom, validateWishForm, type WishFormErrors, type WishFormField } from './validate';
import './index.scss';

export type WishFormMode = 'self' | 'proxy';

const FIELD_ORDER: WishFormField[] = ['title', 'story', 'category', 'yuan', 'photos', 'name', 'phone', 'address', 'station'];
export type WishFormProps = {
  mode: WishFormMode;
  user: UserView;
  /** Prefix of every element id ("wish-form" → "wish-form-title", "wish-form-btn-submit"). */
  idPrefix: string;
  /** After a successful submit; default: the new wish's page in place of the form. */
  onSubmitted?: (w: WishView) => void;
  /** Proxy: the stations the staff member acts on; the form offers only these (not the county's picker). */
  stations?: PickedStation[];
  /** Proxy: the resident found by 个人码 or search: their name, and their station when it is one of `stations`. */
  resident?: { name: string; stationName?: string };
};

function homeStation(u: UserView): PickedStation | undefined {
  return u.homeStationId ? { id: u.homeStationId, name: u.homeStationName ?? '我的站点' } : undefined;
}

/** The wish form: what is wished for, for whom, with photos. A resident's own wish or a proxy record. */
export default function WishForm({ mode, user, idPrefix: ip, onSubmitted, stations, resident }: WishFormProps) {
  const proxy = mode === 'proxy';
  const {
    values: v,
    set,
    errors,
    setErrors,
    clear,
  } = useFormFields<FormValues, WishFormField>(() => ({
    title: '',
    story: '',
    category: '',
    yuan: '',
    noPhone: false,
    ...initialBeneficiary(user, proxy),
    ...(proxy && resident ? { name: resident.name } : {}),
  }));
  const [picked, setPicked] = useState(() => {
    const home = homeStation(user);
    if (!stations) return home;
    const theirs = resident?.stationName ? stations.find((st) => st.name === resident.stationName) : undefined;
    return theirs ?? stations.find((st) => st.id === home?.id) ?? (stations.length === 1 ? stations[0] : undefined);
  });
  // A resident's wish goes to their home station (changed through the picker, which updates the session).
  const station = proxy ? picked : homeStation(user);
  const [photos, setPhotos] = useState<PhotoItem[]>([]);

  const stationId = station?.id;
  useEffect(() => {
    if (stationId) clear('station');
  }, [stationId, clear]);

  useDidShow(() => {
    const s = takePickedStation();
    if (s && proxy) setPicked(s);
  });

  /** Marks the fields and brings the first one into view (on a small phone it is often off screen). */
  function showErrors(fe: WishFormErrors) {
    setErrors(fe);
    const first = FIELD_ORDER.find((k) => fe[k]);
    // No field to point at: the message is already next to the button just tapped (SubmitBar).
    if (!first) return;
    void Taro.showToast({ title: '请按红字提示修改', icon: 'none' });
    setTimeout(
      () => void Taro.pageScrollTo({ selector: `#field-${ip}-${first}`, offsetTop: -16, duration: 200 }).catch(() => undefined),
      50,
    );
  }

  // One submit at a time; its message (a refusal, or photos still uploading) sits next to the button.
  const submit = useAction(async () => {
    if (photosBusy(photos)) return '照片还在上传，请稍等几秒再提交';
    const checked = validateWishForm({ ...v, photos: photoIds(photos), stationId: station?.id ?? '' }, proxy);
    if (!checked.ok) return showErrors(checked.errors);
    setErrors({});
    const r = await wishApi.submit(checked.input);
    if (r.ok) {
      if (!proxy) rememberBeneficiary(v);
      if (onSubmitted) onSubmitted(r.data);
      else showSubmittedWish(r.data.id);
      return;
    }
    const fe = fieldErrorsFrom(r.fields);
    const f = CODE_FIELDS[r.code];
    if (f && !fe[f]) fe[f] = r.message;
    showErrors(fe);
    return r.message;
  });

  const bind = binder(ip, v, set, errors);
  return (
    <View className='wish-form'>
      <Card title='想要什么帮助'>
        <TextField
          {...bind('title')}
          label='心愿标题'
          required
          max={WISH_LIMITS.title}
          counter
          placeholder='例如：想要一台收音机'
          hint='一句话说清楚要什么'
        />
        <TextField
          {...bind('story')}
          label='心愿故事'
          required
          lines='tall'
          max={WISH_LIMITS.story}
          counter
          placeholder='说说家里的情况，为什么需要这个'
        />
        <FormField name={`${ip}-category`} label='心愿类别' required error={errors.category}>
          <View className='chip-group'>
            {WISH_CATEGORY_OPTIONS.map((c, i) => (
              <Chip key={c} id={`${ip}-category-${i}`} selectable selected={v.category === c} onClick={() => set('category')(c)}>
                {c}
              </Chip>
            ))}
          </View>
        </FormField>
        <TextField
          {...bind('yuan')}
          label='大约多少钱（元）'
          required
          type='digit'
          max={6}
          placeholder='不超过 500 元'
          hint='不超过 500 元；只需要有人帮忙、不用花钱就填 0'
        />
        <FormField name={`${ip}-photos`} label='照片（选填，最多 3 张）' error={errors.photos}>
          <WishPhotos idPrefix={`${ip}-photo`} items={photos} setItems={setPhotos} max={WISH_LIMITS.photos} />
        </FormField>
      </Card>
      <BeneficiaryFields ip={ip} proxy={proxy} v={v} set={set} errors={errors} />
      <Card title='交给哪个站点'>
        <FormField name={`${ip}-station`} label={proxy ? '心愿所在的站点' : '我的站点'} required error={errors.station}>
          {proxy && stations ? (
            <View>
              <Text id={`${ip}-station-name`} className='page__text'>
                {station ? `已选：${station.name}` : '请选择您负责的一个站点'}
              </Text>
              <View className='chip-group'>
                {stations.map((st) => (
                  <Chip key={st.id} id={`${ip}-station-${st.id}`} selectable selected={station?.id === st.id} onClick={() => setPicked(st)}>
                    {st.name}
                  </Chip>
                ))}
              </View>
            </View>
          ) : (
            <StationSelect idPrefix={ip} name={station?.name} placeholder='请选择站点' picker={proxy ? 'pick' : 'home'} />
          )}
        </FormField>
        <Text className='page__text'>提交后，站点工作人员会先看一看，通过后心愿才会公开，我们会发消息告诉您。</Text>
      </Card>
      <SubmitBar errorId={`${ip}-error`} error={submit.error}>
        <MainButton id={`${ip}-btn-submit`} act={submit} busyText='正在提交…'>
          {proxy ? '提交代录的心愿' : '提交心愿'}
        </MainButton>
      </SubmitBar>
    </View>
  );
}
