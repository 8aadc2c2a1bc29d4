import { useEffect, useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import StationSelect from '@/components/station-select';
import TextField from '@/components/text-field';
import { EVENT_LIMITS as L, type EventCategory, type EventInputOf, type EventView } from '@/contracts/event';
import type { GeoPoint } from '@/contracts/geo';
import type { Fail, Result } from '@/contracts/result';
import type { UserView } from '@/contracts/user';
import { EVENT_CATEGORIES, EVENT_ROUTES, eventApi } from '@/services/event';
import { openStationPicker } from '@/services/nav';
import { orgApi } from '@/services/org';
import { takePickedStation } from '@/services/station-pick';
import SlotEditor from './slot-editor';
import { at, dateOf, nextSlot, timeOf, type SlotDraft } from './time';
import './index.scss';

type Station = { id: string; name: string; address?: string; location?: GeoPoint };
type Draft = {
  title: string;
  category?: EventCategory;
  description: string;
  address: string;
  points: string;
  radius: string;
  closeDate: string;
  closeTime: string;
};

/** A new event's sign-up opens as it is published. */
const opensNow = () => Date.now() - 60_000;

const blank = (): Draft => ({
  title: '',
  description: '',
  address: '',
  points: String(L.pointsPerHourDefault),
  radius: String(L.checkInRadiusDefaultM),
  closeDate: '',
  closeTime: '',
});

function fromEvent(e: EventView): { draft: Draft; slots: SlotDraft[]; station: Station } {
  return {
    draft: {
      title: e.title,
      category: e.category,
      description: e.description,
      address: e.address,
      points: String(e.pointsPerHour),
      radius: String(e.checkInRadiusM),
      closeDate: dateOf(e.signUpClosesAt),
      closeTime: timeOf(e.signUpClosesAt),
    },
    slots: e.slots.map((s) => ({
      id: s.id,
      date: dateOf(s.start),
      start: timeOf(s.start),
      end: timeOf(s.end),
      capacity: String(s.capacity),
    })),
    station: { id: e.stationId, name: e.stationName, location: e.location },
  };
}

function EventForm({ user, editing }: { user: UserView; editing?: EventView }) {
  const lead = user.roles.find((r) => r.role === 'leader' && r.teamId);
  const start = editing ? fromEvent(editing) : undefined;
  const [draft, setDraft] = useState<Draft>(start?.draft ?? blank());
  const [slots, setSlots] = useState<SlotDraft[]>(start?.slots ?? [nextSlot(undefined)]);
  const [station, setStation] = useState<Station | undefined>(
    start?.station ?? (lead && !user.staff ? { id: lead.nodeId, name: lead.nodeName ?? '本队站点' } : undefined),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const limited = !!editing?.eventActions.includes('editLimited');
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  useDidShow(() => {
    const picked = takePickedStation();
    if (picked) setStation({ id: picked.id, name: picked.name, address: picked.address });
  });
  // The event's place defaults to its station's (address and GCJ-02 location): one read when it changes.
  useEffect(() => {
    if (!station || station.location) return;
    void orgApi.node({ id: station.id }).then((r) => {
      if (!r.ok) return;
      setStation((s) => (s && s.id === r.data.id ? { ...s, location: r.data.location, address: r.data.address } : s));
      setDraft((d) => (d.address ? d : { ...d, address: r.data.address }));
    });
  }, [station]);

  const times = slots.map((s) => ({ start: at(s.date, s.start), end: at(s.date, s.end), capacity: Number(s.capacity) }));
  const closesAt = draft.closeDate && draft.closeTime ? at(draft.closeDate, draft.closeTime) : Math.max(...times.map((t) => t.start));

  function check(): boolean {
    const e: Record<string, string> = {};
    if (!draft.title.trim()) e.title = '请填写活动名称';
    if (!draft.category) e.category = '请选择活动类别';
    if (!draft.description.trim()) e.description = '请填写活动介绍';
    if (!draft.address.trim()) e.address = '请填写活动地址';
    if (!station) e.stationId = '请选择站点';
    times.forEach((t, i) => {
      if (!(t.capacity >= L.capacityMin && t.capacity <= L.capacityMax))
        e[`slots.${i}.capacity`] = `名额请填写${L.capacityMin}到${L.capacityMax}`;
      else if (!(t.end > t.start)) e[`slots.${i}.end`] = '结束时间要晚于开始时间';
    });
    setErrors(e);
    return !Object.keys(e).length;
  }

  async function submit() {
    if (busy || !check() || !station) return;
    setBusy(true);
    setFailure(undefined);
    let r: Result<EventView>;
    if (editing && limited) {
      const capacities = editing.slots
        .map((s, i) => ({ slotId: s.id, capacity: times[i].capacity }))
        .filter((c, i) => c.capacity !== editing.slots[i].capacity);
      r = await eventApi.edit({
        id: editing.id,
        description: draft.description,
        address: draft.address,
        ...(capacities.length ? { capacities } : {}),
      });
    } else {
      const fields: Omit<EventInputOf<'publish'>, 'stationId'> = {
        title: draft.title.trim(),
        category: draft.category as EventCategory,
        description: draft.description.trim(),
        address: draft.address.trim(),
        location: station.location ?? { lat: 0, lng: 0 },
        checkInRadiusM: Number(draft.radius) || L.checkInRadiusDefaultM,
        pointsPerHour: Number(draft.points),
        signUpOpensAt: editing ? editing.signUpOpensAt : opensNow(),
        signUpClosesAt: closesAt,
        slots: times,
      };
      r = editing
        ? await eventApi.edit({ id: editing.id, ...fields })
        : await eventApi.publish({
            ...fields,
            stationId: station.id,
            ...(lead && lead.nodeId === station.id ? { teamId: lead.teamId } : {}),
          });
    }
    setBusy(false);
    if (r.ok) {
      void Taro.showToast({ title: editing ? '已保存' : '已发布', icon: 'success' });
      void Taro.redirectTo({ url: `${EVENT_ROUTES.detail}?id=${encodeURIComponent(r.data.id)}` });
      return;
    }
    const f = r as Fail;
    setErrors(f.fields ?? {});
    setFailure(f.message);
  }

  return (
    <View className='page event-form'>
      <Text className='page__lead'>
        {limited ? '报名已经开始：只能修改活动介绍、地址和增加名额。' : '填写活动信息和场次，发布后志愿者就能报名。'}
      </Text>
      {failure ? (
        <View id='event-form-failure' className='page__banner page__banner--error'>
          {failure}
        </View>
      ) : null}
      <View className='event-form__body'>
        {!editing ? (
          <StationSelect
            id='event-form-station'
            nameId='event-form-station-name'
            name={station?.name}
            placeholder='选择活动所在的站点'
            onClick={() => openStationPicker('pick')}
          />
        ) : null}
        {errors.stationId ? <Text className='form-field__error'>{errors.stationId}</Text> : null}
        {!limited ? (
          <>
            <TextField
              id='event-form-title'
              label='活动名称'
              value={draft.title}
              onChange={(v) => set({ title: v })}
              max={L.title}
              error={errors.title}
              required
              counter
            />
            <Text className='event-form__label'>活动类别</Text>
            <View className='chip-group' id='event-form-category'>
              {EVENT_CATEGORIES.map((c, i) => (
                <Chip
                  key={c}
                  id={`event-form-category-${i}`}
                  selectable
                  selected={draft.category === c}
                  onClick={() => set({ category: c })}
                >
                  {c}
                </Chip>
              ))}
            </View>
            {errors.category ? (
              <Text id='error-event-form-category' className='form-field__error'>
                {errors.category}
              </Text>
            ) : null}
          </>
        ) : null}
        <TextField
          id='event-form-description'
          label='活动介绍'
          value={draft.description}
          onChange={(v) => set({ description: v })}
          max={L.description}
          error={errors.description}
          lines='tall'
          required
          counter
        />
        <TextField
          id='event-form-address'
          label='活动地址'
          value={draft.address}
          onChange={(v) => set({ address: v })}
          max={L.address}
          error={errors.address}
          required
        />
        <SlotEditor slots={slots} onChange={setSlots} capacityOnly={limited} errors={errors} />
        {!limited ? (
          <View className='event-form__more'>
            <Text className='event-form__label'>报名截止（默认到第一个场次开始）</Text>
            <View className='event-form__slot-row'>
              <Picker
                mode='date'
                value={draft.closeDate || dateOf(closesAt)}
                onChange={(e) => set({ closeDate: e.detail.value, closeTime: draft.closeTime || timeOf(closesAt) })}
              >
                <View id='event-form-close-date' className='event-form__pick'>
                  {draft.closeDate || dateOf(closesAt)}
                </View>
              </Picker>
              <Picker
                mode='time'
                value={draft.closeTime || timeOf(closesAt)}
                onChange={(e) => set({ closeTime: e.detail.value, closeDate: draft.closeDate || dateOf(closesAt) })}
              >
                <View id='event-form-close-time' className='event-form__pick'>
                  {draft.closeTime || timeOf(closesAt)}
                </View>
              </Picker>
            </View>
            {errors.signUpClosesAt ? <Text className='form-field__error'>{errors.signUpClosesAt}</Text> : null}
            <View className='event-form__slot-row'>
              <Text className='event-form__to'>每小时积分</Text>
              <Input
                id='event-form-points'
                className='event-form__capacity'
                type='number'
                value={draft.points}
                maxlength={3}
                onInput={(e) => set({ points: e.detail.value })}
              />
              <Text className='event-form__to'>签到范围（米）</Text>
              <Input
                id='event-form-radius'
                className='event-form__capacity'
                type='number'
                value={draft.radius}
                maxlength={4}
                onInput={(e) => set({ radius: e.detail.value })}
              />
            </View>
          </View>
        ) : null}
      </View>
      <View className='page__actions'>
        <ActionButton id='event-form-btn-submit' type='primary' size='large' loading={busy} onClick={() => void submit()}>
          {editing ? '保存修改' : '发布活动'}
        </ActionButton>
      </View>
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
export default function EventFormPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  return <SessionGate idPrefix='event-form'>{(user) => (id ? <EditForm user={user} id={id} /> : <EventForm user={user} />)}</SessionGate>;
}
