import { Fragment, useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import PagedListView from '@/components/paged-list-view';
import type { StarView } from '@/contracts/stars';
import type { UserView } from '@/contracts/user';
import { usePagedList } from '@/hooks/use-paged-list';
import { attendanceApi, hoursText, monthOf, monthText, openAttendance } from '@/services/attendance';
import '../attendance.scss';

function Star({ s, first, thisMonth }: { s: StarView; first: boolean; thisMonth: string }) {
  return (
    <Fragment>
      {first ? (
        <Text id={`attendance-stars-month-${s.month}`} className='page__section'>
          {`${monthText(s.month)}${s.month === thisMonth ? '（本月）' : ''}`}
        </Text>
      ) : null}
      <View id={`attendance-star-${s.id}`} className='attendance__item'>
        <View className='attendance__top'>
          <Text className='attendance__name'>{`★ ${s.maskedName}`}</Text>
        </View>
        <Text className='attendance__meta'>{`${s.stationName} · ${s.scopeName}${s.category ? ` · ${s.category}` : ''}`}</Text>
        <Text className='attendance__meta'>{`当月服务 ${hoursText(s.hours)}`}</Text>
      </View>
    </Fragment>
  );
}

function Stars({ user }: { user: UserView }) {
  const list = usePagedList<StarView>((cursor, limit) => attendanceApi.stars({ cursor, limit }), []);
  const [thisMonth] = useState(() => monthOf(Date.now()));
  return (
    <View id='attendance-stars' className='page attendance'>
      <Text className='page__lead'>每月由各站、所从服务时长最多的志愿者中评选，每月最多20名。</Text>
      {user.staff ? (
        <View className='page__actions'>
          <ActionButton id='attendance-stars-btn-pick' type='secondary' onClick={() => openAttendance('pickStars')}>
            评选本月志愿之星
          </ActionButton>
        </View>
      ) : null}
      <PagedListView
        list={list}
        idPrefix='attendance-stars'
        className='attendance__items'
        empty={{ icon: '星', title: '还没有评选出志愿之星', text: '每月评选后，志愿之星会在这里公布。' }}
      >
        {(s) => <Star s={s} thisMonth={thisMonth} first={list.items.find((x) => x.month === s.month) === s} />}
      </PagedListView>
    </View>
  );
}

/** 志愿之星: this month's and past months' stars, newest month first. */
export default gatedPage('attendance-stars-page', (user) => <Stars user={user} />);
