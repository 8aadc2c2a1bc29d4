import { Text, View } from '@tarojs/components';
import ActionButton from '../action-button';
import Card from '../card';
import './index.scss';

export type StationSummaryProps = {
  /** The home station's name; absent = not chosen yet. */
  stationName?: string;
  onChoose: () => void;
  /** Prefix for element ids, unique per page (e.g. "home" → "home-station-name", "home-btn-change-station"). */
  idPrefix: string;
};

/** "我的站点" with 更换, or the clear next step "选择我的站点" when none is chosen. */
export default function StationSummary({ stationName, onChoose, idPrefix }: StationSummaryProps) {
  if (!stationName) {
    return (
      <Card id={`${idPrefix}-station`} title='我的站点' tone='highlight'>
        <Text className='station-summary__text'>还没有选择您所在的文明实践站。选好以后，就能看到身边的活动、心愿和集市。</Text>
        <View className='station-summary__action'>
          <ActionButton id={`${idPrefix}-btn-choose-station`} type='primary' size='large' onClick={onChoose}>
            选择我的站点
          </ActionButton>
        </View>
      </Card>
    );
  }
  return (
    <Card
      id={`${idPrefix}-station`}
      title='我的站点'
      extra={
        <ActionButton id={`${idPrefix}-btn-change-station`} type='secondary' size='compact' onClick={onChoose}>
          更换
        </ActionButton>
      }
    >
      <Text id={`${idPrefix}-station-name`} className='station-summary__name'>
        {stationName}
      </Text>
    </Card>
  );
}
