import ActionButton from '@/components/action-button';
import type { EventView, SlotView } from '@/contracts/event';
import { openAttendance } from '@/services/attendance';

/**
 * The ways into a slot's attendance pages: a seat holder's 签到 / 签退, an organiser's live code and
 * attendance roster (organisers are those the server lets open the roster). What can be done there — and
 * when — is the server's answer on those pages (their own `actions`), never decided here.
 */
export default function AttendanceEntries({ event, slot, i }: { event: EventView; slot: SlotView; i: number }) {
  if (slot.status === 'cancelled' || event.status === 'cancelled') return null;
  const organiser = event.eventActions.includes('roster');
  return (
    <>
      {slot.mine?.status === 'confirmed' ? (
        <ActionButton
          id={`event-slot-${i}-btn-checkIn`}
          type='primary'
          size='medium'
          onClick={() => openAttendance('checkIn', { slotId: slot.id })}
        >
          签到 / 签退
        </ActionButton>
      ) : null}
      {organiser ? (
        <ActionButton
          id={`event-slot-${i}-btn-liveCode`}
          type='secondary'
          size='medium'
          onClick={() => openAttendance('live', { slotId: slot.id })}
        >
          现场签到码
        </ActionButton>
      ) : null}
      {organiser ? (
        <ActionButton
          id={`event-slot-${i}-btn-attendance`}
          type='plain'
          size='medium'
          onClick={() => openAttendance('roster', { slotId: slot.id })}
        >
          考勤和确认时长
        </ActionButton>
      ) : null}
    </>
  );
}
