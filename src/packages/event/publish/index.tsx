import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import StateView from '@/components/state-view';
import StationSelect from '@/components/station-select';
import SubmitBar from '@/components/submit-bar';
import type { EventView } from '@/contracts/event';
import type { Result } from '@/contracts/result';
import type { UserView } from '@/contracts/user';
import { eventApi } from '@/services/event';
import { BasicsSection, MoreSection, PlaceSection } from './sections';
import SlotEditor from './slot-editor';
import { useEventForm } from './use-event-form';
import './index.scss';

export function EventForm({ user, editing }: { user: UserView; editing?: EventView }) {
  const form = useEventForm(user, editing);
  const { limited, errors, station } = form;
  return (
    <View className='page event-form'>
      <Text className='page__lead'>
        {limited ? '报名已经开始：只能修改活动介绍、地址和增加名额。' : '填写活动信息和场次，发布后志愿者就能报名。'}
      </Text>
      <View className='event-form__body'>
        {!editing ? <StationSelect idPrefix='event-form' name={station?.name} placeholder='选择活动所在的站点' picker='pick' /> : null}
        {errors.stationId ? <Text className='form-field__error'>{errors.stationId}</Text> : null}
        {!limited ? <BasicsSection form={form} /> : null}
        <PlaceSection form={form} />
        <SlotEditor slots={form.slots} onChange={form.setSlots} capacityOnly={limited} errors={errors} />
        {!limited ? <MoreSection form={form} /> : null}
      </View>
      <SubmitBar errorId='event-form-failure' error={form.failure}>
        <ActionButton id='event-form-btn-submit' type='primary' size='large' loading={form.busy} onClick={() => void form.submit()}>
          {editing ? '保存修改' : '发布活动'}
        </ActionButton>
      </SubmitBar>
    </View>
  );
}

function EditForm({ user, id }: { user: UserView; id: string }) {
  const [r, setR] = useState<Result<EventView>>();
  useEffect(() => {
    void eventApi.detail({ id }).then(setR);
  }, [id]);
  if (!r) return <StateView id='event-form-state' status='loading' title='正在打开活动…' />;
  if (!r.ok) return <StateView id='event-form-state' status='error' error={r} />;
  return <EventForm user={user} editing={r.data} />;
}

/** The publish form with its slot editor (?id=… edits an event: everything before sign-up opens, then only some). */
export default gatedPage('event-form', (user, query) => {
  const id = query('id');
  return id ? <EditForm user={user} id={id} /> : <EventForm user={user} />;
});
