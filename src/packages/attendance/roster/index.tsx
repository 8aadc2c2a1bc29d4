import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import { gatedPage } from '@/components/gated-page';
import PagedListView from '@/components/paged-list-view';
import ViewActions from '@/components/view-actions';
import type { AttendanceLine, AttendanceSheetView, ConfirmResult } from '@/contracts/attendance';
import type { Result } from '@/contracts/result';
import { usePagedList } from '@/hooks/use-paged-list';
import { MARK_TONE, METHOD_TEXT, STATE_TEXT, attendanceApi, hoursText, openAttendance } from '@/services/attendance';
import { clockText, spanText } from '@/services/event';
import PersonScan from '../live/person-scan';
import ConfirmPanel from './confirm-panel';
import MarkEditor from './mark-editor';
import './index.scss';
import '../attendance.scss';

type Line = AttendanceLine & { id: string };
type Summary = Omit<AttendanceSheetView, 'items' | 'next'>;

const timeText = (ms: number | undefined, method: AttendanceLine['checkInMethod']) =>
  ms ? `${clockText(ms)}${method ? `（${METHOD_TEXT[method]}）` : ''}` : '—';

function Entry({ line, summary, onSaved }: { line: Line; summary: Summary; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const id = `attendance-roster-item-${line.signUpId}`;
  return (
    <View id={id} className='attendance__item' data-state={line.state} data-mark={line.mark ?? ''}>
      <View className='attendance__top'>
        <Text className='attendance__name'>{line.name}</Text>
        {line.mark ? <Chip tone={MARK_TONE[line.mark]}>{line.mark}</Chip> : null}
        <Chip tone={line.state === 'signed' ? 'neutral' : 'success'} status={line.state}>
          {STATE_TEXT[line.state]}
        </Chip>
      </View>
      <Text className='attendance__meta'>{line.phone}</Text>
      <Text id={`${id}-times`} className='attendance__meta'>
        {`签到 ${timeText(line.checkInAt, line.checkInMethod)}　签退 ${timeText(line.checkOutAt, line.checkOutMethod)}`}
      </Text>
      <Text id={`${id}-hours`} className='attendance__meta' data-hours={line.hours}>
        {`时长 ${hoursText(line.hours)}${line.points !== undefined ? `　${line.state === 'confirmed' ? '' : '预计'}积分 ${line.points}` : ''}${line.manual ? '　手工录入' : ''}`}
      </Text>
      {line.actions.includes('mark') && !editing ? (
        <View className='attendance__actions'>
          <ActionButton id={`${id}-btn-mark`} type='secondary' size='compact' onClick={() => setEditing(true)}>
            登记考勤 / 改时间
          </ActionButton>
        </View>
      ) : null}
      {editing ? (
        <MarkEditor
          line={line}
          slotStart={summary.slotStart}
          slotEnd={summary.slotEnd}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : null}
    </View>
  );
}

function Roster({ slotId }: { slotId: string }) {
  const [summary, setSummary] = useState<Summary>();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ConfirmResult>();
  const lines = usePagedList<Line>(
    async (cursor, limit) => {
      const r: Result<AttendanceSheetView> = await attendanceApi.attendance({ slotId, cursor, limit });
      if (!r.ok) return r;
      const { items, next, ...rest } = r.data;
      setSummary(rest);
      return { ok: true, data: { items: items.map((x) => ({ ...x, id: x.signUpId })), next } };
    },
    [slotId],
  );
  return (
    <View id='attendance-roster' className='page attendance'>
      {summary ? (
        <View id='attendance-roster-summary' className='attendance__block' data-confirmed={summary.confirmed}>
          <Text className='attendance__title'>{summary.eventTitle}</Text>
          <Text className='attendance__meta'>{spanText(summary.slotStart, summary.slotEnd)}</Text>
          <View className='attendance__stats'>
            {[
              ['名额', summary.seats],
              ['已签到', summary.checkedIn],
              ['已签退', summary.checkedOut],
              ['已确认', summary.confirmed],
            ].map(([label, n]) => (
              <View key={label} className='attendance__stat'>
                <Text className='attendance__stat-value'>{String(n)}</Text>
                <Text className='attendance__stat-label'>{label}</Text>
              </View>
            ))}
          </View>
          <ViewActions
            actions={summary.actions}
            className='attendance__actions'
            buttons={[
              {
                when: ['liveCode'],
                id: 'attendance-roster-btn-live',
                type: 'secondary',
                label: '出示现场签到码',
                onClick: () => openAttendance('live', { slotId }),
              },
              {
                when: ['confirm'],
                id: 'attendance-roster-btn-confirm',
                label: '确认全部时长',
                onClick: () => setConfirming(true),
                hidden: confirming,
              },
            ]}
          />
        </View>
      ) : null}
      {result ? (
        <View id='attendance-roster-result' className='page__banner page__banner--info'>
          {result.confirmed
            ? `已确认 ${result.confirmed} 人的时长，共 ${hoursText(result.hours)}，发放爱心积分 ${result.points} 分。志愿者会收到通知。`
            : '这个场次的时长已经确认过了，没有重复发放。'}
        </View>
      ) : null}
      {summary?.actions.includes('scanPerson') ? <PersonScan slotId={slotId} onDone={() => void lines.refresh()} /> : null}
      {confirming ? (
        <ConfirmPanel
          slotId={slotId}
          onClose={() => setConfirming(false)}
          onConfirmed={(r) => {
            setConfirming(false);
            setResult(r);
            void lines.refresh();
          }}
        />
      ) : null}
      <Text className='page__section'>志愿者考勤</Text>
      <PagedListView
        list={lines}
        idPrefix='attendance-roster'
        className='attendance__items'
        empty={{ icon: '名', title: '这个场次还没有人报名', text: '有志愿者报名后，会在这里登记签到和时长。' }}
      >
        {(l) => (summary ? <Entry line={l} summary={summary} onSaved={() => void lines.refresh()} /> : null)}
      </PagedListView>
    </View>
  );
}

/** A slot's attendance for its organisers (?slotId=…): times, marks by hand, and confirming everyone's hours. */
export default gatedPage('attendance-roster-page', (_, query) => <Roster slotId={query('slotId')} />);
