import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import Chip from '@/components/chip';
import ErrorLine from '@/components/error-line';
import { gatedPage } from '@/components/gated-page';
import MainButton from '@/components/main-button';
import { PartState } from '@/components/resource-state';
import StateView from '@/components/state-view';
import type { PickStarsResult, RankingLine } from '@/contracts/stars';
import { EVENT_CATEGORIES, type EventCategory } from '@/contracts/event';
import { useAction } from '@/hooks/use-action';
import { useResource } from '@/hooks/use-resource';
import { attendanceApi, hoursText, monthOf, monthText, previousMonth } from '@/services/attendance';
import '../attendance.scss';

function Line({ l, i, selected, onToggle }: { l: RankingLine; i: number; selected: boolean; onToggle: () => void }) {
  return (
    <View
      id={`attendance-pick-line-${l.userId}`}
      className='attendance__item'
      data-picked={l.picked ? 'yes' : 'no'}
      hoverClass={l.picked ? 'none' : 'attendance__item--hover'}
      onClick={l.picked ? undefined : onToggle}
    >
      <View className='attendance__top'>
        <Text className='attendance__name'>{`${i + 1}. ${l.name}`}</Text>
        {l.picked ? <Chip tone='success'>已评为志愿之星</Chip> : selected ? <Chip tone='primary'>✓ 已选</Chip> : <Chip>点选</Chip>}
      </View>
      <Text className='attendance__meta'>{`${l.stationName} · ${hoursText(l.hours)} · ${l.records} 次服务`}</Text>
    </View>
  );
}

function Pick() {
  const [thisMonth] = useState(() => monthOf(Date.now()));
  const [month, setMonth] = useState(thisMonth);
  const [category, setCategory] = useState<EventCategory>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState<PickStarsResult>();
  const res = useResource(() => attendanceApi.starRanking({ month, ...(category ? { category } : {}) }), [month, category]);
  usePullDownRefresh(() => void res.reload().finally(() => Taro.stopPullDownRefresh()));
  const pick = useAction(async () => {
    const r = await attendanceApi.pickStars({ month, userIds: chosen, ...(category ? { category } : {}) });
    if (!r.ok) return r.message;
    setDone(r.data);
    setChosen([]);
    void res.reload();
  });
  const { setError } = pick;

  const choose = (m: string, c?: EventCategory) => {
    setMonth(m);
    setCategory(c);
    setChosen([]);
    setError(undefined);
    setDone(undefined);
  };
  const ranking = res.data;
  const left = ranking ? ranking.pickMax - ranking.picked : 0;
  const toggle = (id: string) => {
    setError(undefined);
    if (chosen.includes(id)) setChosen(chosen.filter((x) => x !== id));
    else if (chosen.length >= left) setError(`本月最多还能评选 ${left} 名`);
    else setChosen([...chosen, id]);
  };

  const confirm = () => (chosen.length ? void pick.run() : setError('请先在名单里点选志愿者'));

  return (
    <View id='attendance-pick' className='page attendance'>
      <Text className='page__lead'>按当月已确认的服务时长排名，点选志愿者后确认。每名志愿之星获得一次积分奖励，并收到通知。</Text>
      <View className='attendance__block'>
        <View className='chip-group'>
          {[thisMonth, previousMonth(thisMonth)].map((m, i) => (
            <Chip key={m} id={`attendance-pick-month-${i}`} selectable selected={m === month} onClick={() => choose(m, category)}>
              {monthText(m)}
            </Chip>
          ))}
        </View>
        <View className='chip-group' style={{ marginTop: '12px' }}>
          <Chip id='attendance-pick-category-all' selectable selected={!category} onClick={() => choose(month)}>
            全部类别
          </Chip>
          {EVENT_CATEGORIES.map((c, i) => (
            <Chip key={c} id={`attendance-pick-category-${i}`} selectable selected={c === category} onClick={() => choose(month, c)}>
              {c}
            </Chip>
          ))}
        </View>
      </View>
      {done ? (
        <View id='attendance-pick-done' className='page__banner page__banner--info'>
          {`已评选 ${done.picked.length} 名志愿之星${done.bonusPoints ? `，每人奖励 ${done.bonusPoints} 爱心积分` : ''}。`}
        </View>
      ) : null}
      {!ranking ? (
        <PartState idPrefix='attendance-pick' resource={res} loadingTitle='正在统计服务时长…' />
      ) : ranking.lines.length === 0 ? (
        <StateView
          id='attendance-pick-state'
          size='inline'
          status='empty'
          icon='星'
          title='这个月还没有已确认的服务时长'
          description='队长确认活动时长后，志愿者会出现在排名里。'
        />
      ) : (
        <View id='attendance-pick-list' className='attendance__items'>
          {ranking.lines.map((l, i) => (
            <Line key={l.userId} l={l} i={i} selected={chosen.includes(l.userId)} onToggle={() => toggle(l.userId)} />
          ))}
        </View>
      )}
      {ranking && ranking.lines.length ? (
        <View className='page__actions'>
          <Text
            id='attendance-pick-count'
            className='page__text'
          >{`已选 ${chosen.length} 名，本月还可评选 ${left} 名（每月最多 ${ranking.pickMax} 名）`}</Text>
          <MainButton id='attendance-pick-btn-confirm' act={pick} disabled={left <= 0} onTap={confirm}>
            确认评选
          </MainButton>
          <ErrorLine id='attendance-pick-error' className='attendance__error' text={pick.error} />
        </View>
      ) : null}
    </View>
  );
}

/** Staff: a month's ranking of confirmed hours (per category) in their scope; pick up to 20 志愿之星 and confirm. */
export default gatedPage('attendance-pick-page', () => <Pick />);
