import { Text, View } from '@tarojs/components';
import Card from '@/components/card';
import PagedListView from '@/components/paged-list-view';
import SessionGate from '@/components/session-gate';
import type { AuditEntryView } from '@/contracts/admin';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { formatDate } from '@/services/format';
import { adminApi } from '@/services/admin';
import '../admin.scss';

const time = (ms: number) => {
  const d = new Date(ms);
  return `${formatDate(ms)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** A line of what the entry changed, from its detail (the raw detail is for the record, not for reading). */
function summary(a: AuditEntryView): string {
  const d = a.detail;
  const parts = [
    d.role,
    d.nodeId,
    d.amount !== undefined ? `${String(d.amount)}分` : undefined,
    d.category,
    d.note,
    d.query,
    d.reason,
    d.name,
  ]
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map(String);
  return parts.join(' · ');
}

function Log() {
  const list = usePagedList<AuditEntryView>((cursor, limit) => adminApi.auditLog({ cursor, limit }), []);
  useShownAgain(() => void list.refresh());
  return (
    <View className='page workbench'>
      <Text className='page__lead'>您负责范围内每一次审核、发放积分、授予角色和修改设置的记录，最新的在前。</Text>
      <PagedListView
        list={list}
        idPrefix='audit'
        empty={{ icon: '📋', title: '还没有记录', text: '工作人员审核、发放积分或修改设置后，会记在这里。' }}
      >
        {(a) => (
          <Card key={a.id} id={`audit-${a.id}`} title={a.label}>
            <Text className='workbench__meta'>{`${a.actorName ?? a.actorId} · ${time(a.at)}`}</Text>
            {summary(a) ? <Text className='workbench__meta'>{summary(a)}</Text> : null}
          </Card>
        )}
      </PagedListView>
    </View>
  );
}

/** 操作记录: the audit log of the caller's area. */
export default function AuditLogPage() {
  return <SessionGate idPrefix='audit-page'>{() => <Log />}</SessionGate>;
}
