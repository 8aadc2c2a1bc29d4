import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import { gatedPage } from '@/components/gated-page';
import PagedListView from '@/components/paged-list-view';
import RecordCard from '@/components/record-card';
import type { MyRecordsView, ServiceRecordView } from '@/contracts/service-records';
import type { Result } from '@/contracts/result';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { MARK_TONE, STAR_LABELS, attendanceApi, hoursText, openAttendance } from '@/services/attendance';
import { ROUTES } from '@/services/env';
import { openEvent, spanText } from '@/services/event';
import '../attendance.scss';

type Totals = Omit<MyRecordsView, 'items' | 'next'>;

function Record({ r }: { r: ServiceRecordView }) {
  return (
    <RecordCard
      id={`attendance-record-${r.id}`}
      block='attendance'
      title={r.eventTitle}
      chip={r.mark}
      tone={MARK_TONE[r.mark]}
      data={{ 'data-hours': r.hours }}
      onOpen={() => openEvent(r.eventId)}
    >
      <Text className='attendance__meta'>{spanText(r.slotStart, r.slotEnd)}</Text>
      <Text className='attendance__meta'>{`${r.stationName}${r.teamName ? ` · ${r.teamName}` : ''}`}</Text>
      <Text id={`attendance-record-${r.id}-hours`} className='attendance__meta'>
        {`服务 ${hoursText(r.hours)} · 爱心积分 ${r.points}${r.manual ? ' · 手工录入' : ''}`}
      </Text>
      <Text className='attendance__meta'>{`确认人：${r.confirmedByName}`}</Text>
    </RecordCard>
  );
}

function MyRecords() {
  const [totals, setTotals] = useState<Totals>();
  const list = usePagedList<ServiceRecordView>(async (cursor, limit) => {
    const r: Result<MyRecordsView> = await attendanceApi.myRecords({ cursor, limit });
    if (!r.ok) return r;
    const { items, next, ...rest } = r.data;
    setTotals(rest);
    return { ok: true, data: { items, next } };
  }, []);
  useShownAgain(() => void list.refresh());
  return (
    <View id='attendance-records' className='page attendance'>
      {totals ? (
        <View id='attendance-records-totals' className='attendance__block' data-hours={totals.totalHours} data-star={totals.star}>
          <Text className='attendance__meta'>累计服务时长</Text>
          <Text id='attendance-records-hours' className='attendance__big'>
            {hoursText(totals.totalHours)}
          </Text>
          <View className='chip-group' style={{ marginTop: '8px' }}>
            <Chip id='attendance-records-star' tone='primary' status={String(totals.star)}>
              {`${'★'.repeat(totals.star)}${totals.star ? ' ' : ''}${STAR_LABELS[totals.star]}`}
            </Chip>
          </View>
          <Text className='attendance__meta'>
            {`共 ${totals.recordCount} 条服务记录${totals.nextStarHours !== undefined ? `，再服务 ${hoursText(totals.nextStarHours)}升到下一星级` : ''}`}
          </Text>
          <View className='attendance__actions'>
            <ActionButton id='attendance-records-btn-sheet' type='primary' onClick={() => openAttendance('sheet')}>
              打开志愿服务记录表
            </ActionButton>
          </View>
        </View>
      ) : null}
      <PagedListView
        list={list}
        idPrefix='attendance-records'
        className='attendance__items'
        empty={{
          icon: '时',
          title: '还没有服务记录',
          text: '参加活动、签到签退，队长确认时长后，服务记录就会出现在这里。',
          action: { id: 'attendance-records-btn-events', label: '去看看活动', to: ROUTES.event, how: 'tab' },
        }}
      >
        {(r) => <Record r={r} />}
      </PagedListView>
    </View>
  );
}

/** 我的服务记录: total hours, the star level, and each confirmed service, newest first (pull down to refresh). */
export default gatedPage('attendance-records-page', () => <MyRecords />);
