import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import Cell from '@/components/cell';
import PagedListView from '@/components/paged-list-view';
import StateView from '@/components/state-view';
import type { OrgNodeView } from '@/contracts/org';
import { NODE_KIND_LABELS, type NodeKind } from '@/contracts/roles';
import { usePagedList } from '@/hooks/use-paged-list';
import { orgApi } from '@/services/org';
import type { PickedStation } from '@/services/station-pick';

export type Crumb = { id: string; name: string; kind: NodeKind };

type Props = {
  /** Institutes opened so far (center → 所); empty = the center's children. */
  trail: Crumb[];
  onTrail: (t: Crumb[]) => void;
  currentId?: string;
  savingId?: string;
  onChoose: (s: PickedStation) => void;
};

const PAGE = 20;

/** Browse the tree 中心 → 所 → 站, a page at a time (pull down to refresh, scroll down for more). */
export default function BrowseTree({ trail, onTrail, currentId, savingId, onChoose }: Props) {
  const parentId = trail.length ? trail[trail.length - 1].id : undefined;
  const list = usePagedList<OrgNodeView>(
    async (cursor, limit) => orgApi.tree(parentId ? { parentId, cursor, limit } : { cursor, limit }),
    [parentId],
    { pageSize: PAGE },
  );

  // A county has one center: when the top level is just that center, open it straight away.
  const only = list.status === 'ready' && list.items.length === 1 ? list.items[0] : undefined;
  const autoOpen = !trail.length && only?.kind === 'center' ? only : undefined;
  useEffect(() => {
    if (autoOpen) onTrail([{ id: autoOpen.id, name: autoOpen.name, kind: autoOpen.kind }]);
  }, [autoOpen, onTrail]);
  const showRoot = !(trail.length && trail[0].kind === 'center');

  function open(n: OrgNodeView) {
    if (n.kind === 'station') onChoose({ id: n.id, name: n.name, address: n.address });
    else if (n.kind === 'institute' || n.kind === 'center') onTrail([...trail, { id: n.id, name: n.name, kind: n.kind }]);
  }

  return (
    <View>
      <View id='org-crumbs' className='station-picker__crumbs'>
        {showRoot ? (
          <View
            id='crumb-0'
            className={`station-picker__crumb${trail.length ? '' : ' station-picker__crumb--current'}`}
            onClick={() => onTrail([])}
          >
            全部
          </View>
        ) : null}
        {trail.map((c, i) => (
          <View key={c.id} className='station-picker__crumb-wrap'>
            {showRoot || i > 0 ? <Text className='station-picker__sep'>›</Text> : null}
            <View
              id={`crumb-${i + 1}`}
              className={`station-picker__crumb${i === trail.length - 1 ? ' station-picker__crumb--current' : ''}`}
              onClick={() => onTrail(trail.slice(0, i + 1))}
            >
              {c.name}
            </View>
          </View>
        ))}
      </View>
      {autoOpen ? (
        <StateView id='browse-state' status='loading' size='inline' />
      ) : (
        <PagedListView
          list={list}
          idPrefix='browse'
          className='page__list'
          empty={{
            icon: '站',
            title: '这里还没有文明实践站',
            text: trail.length > 1 ? '可以点上方的上一级，换一个地方找找。' : '组织机构还没有建好，请联系中心管理员。',
          }}
        >
          {(n) => (
            <Cell
              id={n.kind === 'station' ? `station-item-${n.id}` : `org-item-${n.id}`}
              title={n.name}
              description={
                n.kind === 'station'
                  ? n.address
                  : `${NODE_KIND_LABELS[n.kind]}${n.childCount != null ? ` · 下面有 ${n.childCount} 处` : ''}`
              }
              extra={savingId === n.id ? '正在保存…' : n.id === currentId ? <Text className='station-picker__tag'>当前</Text> : undefined}
              arrow={n.kind !== 'station' && n.kind !== 'base'}
              disabled={n.kind === 'base'}
              onClick={() => open(n)}
            />
          )}
        </PagedListView>
      )}
    </View>
  );
}
