import { useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { EVENT_LIMITS as L, type EventCategory, type EventInputOf, type EventView } from '@/contracts/event';
import type { Fail, Result } from '@/contracts/result';
import type { UserView } from '@/contracts/user';
import { EVENT_ROUTES, eventApi } from '@/services/event';
import { orgApi } from '@/services/org';
import { takePickedStation } from '@/services/station-pick';
import { blank, check, fromEvent, opensNow, type Draft, type Station } from './draft';
import { at, nextSlot, type SlotDraft } from './time';

/**
 * The publish form's state: the draft, its slots and station (a team leader's own by default; the picker's
 * choice when the page shows again), the checks, and the submit (publish, edit, or — once sign-up opened —
 * the limited edit of the description, the address and more seats).
 */
export function useEventForm(user: UserView, editing?: EventView) {
  const lead = user.roles.find((r) => r.role === 'leader' && r.teamId);
  const [start] = useState(() => (editing ? fromEvent(editing) : undefined));
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

  function send(): Promise<Result<EventView>> {
    if (editing && limited) {
      const capacities = editing.slots
        .map((s, i) => ({ slotId: s.id, capacity: times[i].capacity }))
        .filter((c, i) => c.capacity !== editing.slots[i].capacity);
      return eventApi.edit({
        id: editing.id,
        description: draft.description,
        address: draft.address,
        ...(capacities.length ? { capacities } : {}),
      });
    }
    const place = station as Station;
    const fields: Omit<EventInputOf<'publish'>, 'stationId'> = {
      title: draft.title.trim(),
      category: draft.category as EventCategory,
      description: draft.description.trim(),
      address: draft.address.trim(),
      location: place.location ?? { lat: 0, lng: 0 },
      checkInRadiusM: Number(draft.radius) || L.checkInRadiusDefaultM,
      pointsPerHour: Number(draft.points),
      intensity: draft.intensity,
      signUpOpensAt: editing ? editing.signUpOpensAt : opensNow(),
      signUpClosesAt: closesAt,
      slots: times,
    };
    if (editing) return eventApi.edit({ id: editing.id, ...fields });
    return eventApi.publish({ ...fields, stationId: place.id, ...(lead && lead.nodeId === place.id ? { teamId: lead.teamId } : {}) });
  }

  async function submit() {
    if (busy) return;
    const found = check(draft, station, times);
    setErrors(found);
    if (Object.keys(found).length || !station) return;
    setBusy(true);
    setFailure(undefined);
    const r = await send();
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

  return { draft, set, slots, setSlots, station, errors, failure, busy, limited, closesAt, submit };
}

export type EventFormState = ReturnType<typeof useEventForm>;
