import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import StateView from '@/components/state-view';
import type { OrgNodeView } from '@/contracts/org';
import { NODE_KIND_LABELS } from '@/contracts/roles';
import { useResource } from '@/hooks/use-resource';
import { orgApi } from '@/services/org';

export type NodeBrowserProps = {
  idPrefix: string;
  /** Called with the node tapped (the row's 选择); its children open with the arrow. */
  onPick: (n: OrgNodeView) => void;
  /** Changes when the tree was edited: reloads the level shown. */
  version?: number;
};

/** The organisation tree one level at a time (org.tree), from the center down: tap a name to pick it, › to open it. */
export default function NodeBrowser({ idPrefix, onPick, version = 0 }: NodeBrowserProps) {
  const [trail, setTrail] = useState<OrgNodeView[]>([]);
  const parent = trail[trail.length - 1];
  const level = useResource(() => orgApi.tree(parent ? { parentId: parent.id, limit: 100 } : { limit: 100 }), [parent?.id, version]);
  return (
    <View id={`${idPrefix}-tree`}>
      <View className='workbench__row'>
        <Text id={`${idPrefix}-trail`} className='workbench__meta workbench__tap' onClick={() => setTrail([])}>
          {['全县', ...trail.map((t) => t.name)].join(' › ')}
        </Text>
        {trail.length ? (
          <Text id={`${idPrefix}-up`} className='workbench__meta workbench__tap' onClick={() => setTrail((t) => t.slice(0, -1))}>
            ‹ 上一级
          </Text>
        ) : null}
      </View>
      {level.data ? (
        level.data.items.map((n) => (
          <View key={n.id} id={`${idPrefix}-node-${n.id}`} className='workbench__row'>
            <View id={`${idPrefix}-pick-${n.id}`} onClick={() => onPick(n)}>
              <Text className='workbench__label'>{n.name}</Text>
              <Text className='workbench__meta'>{NODE_KIND_LABELS[n.kind]}</Text>
            </View>
            {n.kind !== 'base' ? (
              <Text id={`${idPrefix}-open-${n.id}`} className='workbench__label workbench__tap' onClick={() => setTrail((t) => [...t, n])}>
                {`下属 ${n.childCount ?? 0} ›`}
              </Text>
            ) : null}
          </View>
        ))
      ) : (
        <StateView
          id={`${idPrefix}-tree-state`}
          size='inline'
          status={level.status === 'error' ? 'error' : 'loading'}
          error={level.error}
          onRetry={() => void level.reload()}
        />
      )}
    </View>
  );
}
