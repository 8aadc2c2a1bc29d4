import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Cell from '@/components/cell';
import { ATTENDANCE_ROUTES, LEDGER_ROUTES, ORDER_ROUTES } from '@/contracts/routes';
import type { UserView } from '@/contracts/user';
import { starLevelText } from '@/services/format';

type Entry = {
  /** The row's id is "me-cell-<id>". */
  id: string;
  title: string;
  description: string | ((u: UserView) => string);
  extra?: (u: UserView) => ReactNode;
  url: string;
  /** Who sees it; everyone when absent. */
  shows?: (u: UserView) => boolean;
};

const staff = (u: UserView) => u.staff;
const producer = (u: UserView) => u.roles.some((r) => r.role === 'producer');
const volunteer = (u: UserView) => u.volunteer?.status === 'approved';
const starText = (u: UserView) => starLevelText(u.volunteer?.star);

/** 我的's services, in their order. */
const ENTRIES: Entry[] = [
  { id: 'orders', title: '我的订单', description: '集市买的农产品、取货码', url: ORDER_ROUTES.mine },
  { id: 'station-orders', title: '站点订单', description: '核销取货、备货和退款', url: ORDER_ROUTES.station, shows: staff },
  { id: 'ledger', title: '站点台账', description: '每月销售、农户收入、捐赠，可导出表格', url: LEDGER_ROUTES.station, shows: staff },
  { id: 'income', title: '每月收入', description: '卖农产品每个月的收入', url: LEDGER_ROUTES.income, shows: producer },
  { id: 'donations', title: '爱心物资捐赠', description: '把物资捐给站点，帮助需要的家庭', url: LEDGER_ROUTES.donations },
  {
    id: 'records',
    title: '我的服务记录',
    description: starText,
    extra: (u) => <Text id='me-service-hours'>{`${u.volunteer?.hours ?? 0} 小时`}</Text>,
    url: ATTENDANCE_ROUTES.records,
    shows: volunteer,
  },
  { id: 'stars', title: '志愿之星', description: '每月评选的优秀志愿者', url: ATTENDANCE_ROUTES.stars },
  { id: 'seal', title: '站点公章', description: '开具志愿服务证明用的公章', url: ATTENDANCE_ROUTES.seal, shows: staff },
];

/** The list of what this user can open from 我的 (orders, the 台账, service records …), one row each. */
export default function ServiceCells({ user }: { user: UserView }) {
  return (
    <View id='me-service' className='page__list'>
      {ENTRIES.filter((e) => !e.shows || e.shows(user)).map((e) => (
        <Cell
          key={e.id}
          id={`me-cell-${e.id}`}
          title={e.title}
          description={typeof e.description === 'string' ? e.description : e.description(user)}
          extra={e.extra?.(user)}
          arrow
          onClick={() => void Taro.navigateTo({ url: e.url })}
        />
      ))}
    </View>
  );
}
