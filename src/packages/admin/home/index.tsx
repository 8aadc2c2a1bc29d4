import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import Card from '@/components/card';
import SessionGate from '@/components/session-gate';
import { PartState } from '@/components/resource-state';
import StateView from '@/components/state-view';
import { ADMIN_ROUTES } from '@/contracts/routes';
import type { UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { useShownAgain } from '@/hooks/use-shown-again';
import { adminApi } from '@/services/admin';
import '../admin.scss';

const open = (url: string) => void Taro.navigateTo({ url });

type Link = { key: string; label: string; route: string; adminOnly?: boolean };
const LINKS: Link[] = [
  { key: 'audit', label: '操作记录', route: ADMIN_ROUTES.audit },
  { key: 'roles', label: '角色管理', route: ADMIN_ROUTES.roles, adminOnly: true },
  { key: 'org', label: '组织架构', route: ADMIN_ROUTES.org, adminOnly: true },
  { key: 'settings', label: '中心设置', route: ADMIN_ROUTES.settings, adminOnly: true },
];

function Workbench({ user }: { user: UserView }) {
  const todos = useResource(() => adminApi.todoCounts(), [user.id], user.staff);
  useShownAgain(() => void todos.reload());
  usePullDownRefresh(() => void todos.reload().finally(() => Taro.stopPullDownRefresh()));
  if (!user.staff) {
    return (
      <StateView
        id='workbench-state'
        status='error'
        title='只有站点工作人员可以使用工作台'
        description='工作台给村（社区）站点、镇（街道）实践所和县中心的工作人员使用。'
      />
    );
  }
  return (
    <View className='page workbench'>
      <Card id='workbench-todos' title='待办'>
        {todos.data ? (
          todos.data.items.map((t) => (
            <View key={t.key} id={`workbench-todo-${t.key}`} className='workbench__row' data-count={t.count} onClick={() => open(t.route)}>
              <Text className='workbench__label'>{t.label}</Text>
              <Text className={`workbench__count${t.count ? '' : ' workbench__count--zero'}`}>{t.count ? `${t.count} ›` : '0 ›'}</Text>
            </View>
          ))
        ) : (
          <PartState idPrefix='workbench-todos' resource={todos} />
        )}
      </Card>
      <Card id='workbench-links' title='管理'>
        {LINKS.filter((l) => !l.adminOnly || user.admin).map((l) => (
          <View key={l.key} id={`workbench-link-${l.key}`} className='workbench__row' onClick={() => open(l.route)}>
            <Text className='workbench__label'>{l.label}</Text>
            <Text className='workbench__meta'>›</Text>
          </View>
        ))}
      </Card>
    </View>
  );
}

/** 工作台: the to-do counts of the caller's area, each a tap to its queue, and the management pages. */
export default function WorkbenchPage() {
  return <SessionGate idPrefix='workbench'>{(user) => <Workbench user={user} />}</SessionGate>;
}
