import ActionButton, { type ActionButtonType } from '@/components/action-button';
import type { EventView, SlotView } from '@/contracts/event';
import { openAttendance } from '@/services/attendance';

type Entry = {
  /** The button's id is "event-slot-<i>-btn-<id>". */
  id: string;
  page: Parameters<typeof openAttendance>[0];
  type: ActionButtonType;
  label: string;
  /** A seat holder's way in, or an organiser's. */
  for: 'seat' | 'organiser';
};

const ENTRIES: Entry[] = [
  { id: 'checkIn', page: 'checkIn', type: 'primary', label: '签到 / 签退', for: 'seat' },
  { id: 'liveCode', page: 'live', type: 'secondary', label: '现场签到码', for: 'organiser' },
  { id: 'attendance', page: 'roster', type: 'plain', label: '考勤和确认时长', for: 'organiser' },
];

/**
 * The ways into a slot's attendance pages: a seat holder's 签到 / 签退, an organiser's live code and
 * attendance roster (organisers are those the server lets open the roster). What can be done there — and
 * when — is the server's answer on those pages (their own `actions`), never decided here.
 */
export default function AttendanceEntries({ event, slot, i }: { event: EventView; slot: SlotView; i: number }) {
  if (slot.status === 'cancelled' || event.status === 'cancelled') return null;
  const mine = { seat: slot.mine?.status === 'confirmed', organiser: event.eventActions.includes('roster') };
  return (
    <>
      {ENTRIES.filter((e) => mine[e.for]).map((e) => (
        <ActionButton
          key={e.id}
          id={`event-slot-${i}-btn-${e.id}`}
          type={e.type}
          size='medium'
          onClick={() => openAttendance(e.page, { slotId: slot.id })}
        >
          {e.label}
        </ActionButton>
      ))}
    </>
  );
}
