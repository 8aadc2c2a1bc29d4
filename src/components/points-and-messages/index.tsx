import { Text, View } from '@tarojs/components';
import Cell from '../cell';
import UnreadBadge from '../unread-badge';
import './index.scss';

export type PointsAndMessagesProps = {
  /** Prefix of the element ids: "<prefix>-cell-points", "<prefix>-points-balance", "<prefix>-cell-inbox", "<prefix>-unread-badge", "<prefix>-cell-award". */
  idPrefix: string;
  /** undefined while loading or when it could not be read. */
  balance?: number;
  unread?: number;
  /** Staff see 文明行为奖励. */
  staff?: boolean;
  onOpenPoints: () => void;
  onOpenInbox: () => void;
  onOpenAward?: () => void;
};

/** The rows on 我的 to 爱心积分 (with the balance), 消息 (with the unread count) and, for staff, 文明行为奖励. */
export default function PointsAndMessages({
  idPrefix,
  balance,
  unread,
  staff,
  onOpenPoints,
  onOpenInbox,
  onOpenAward,
}: PointsAndMessagesProps) {
  return (
    <View id={`${idPrefix}-links`} className='points-and-messages'>
      <Cell
        id={`${idPrefix}-cell-points`}
        title='爱心积分'
        description='每一笔积分的来历'
        extra={
          <Text id={`${idPrefix}-points-balance`} className='points-and-messages__balance'>
            {balance === undefined ? '查看' : `${balance} 分`}
          </Text>
        }
        arrow
        onClick={onOpenPoints}
      />
      <Cell
        id={`${idPrefix}-cell-inbox`}
        title='消息'
        description={unread ? `有 ${unread} 条新消息` : '心愿、活动、积分的通知'}
        extra={<UnreadBadge id={`${idPrefix}-unread-badge`} count={unread} />}
        arrow
        onClick={onOpenInbox}
      />
      {staff && onOpenAward ? (
        <Cell id={`${idPrefix}-cell-award`} title='文明行为奖励' description='给做了好事的居民奖励爱心积分' arrow onClick={onOpenAward} />
      ) : null}
    </View>
  );
}
