import { Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import { PartState } from '@/components/resource-state';
import type { TeamView } from '@/contracts/admin';
import { useResource } from '@/hooks/use-resource';
import { adminApi } from '@/services/admin';

/**
 * A leader grant's team: the teams of the chosen station (admin.scopeTeams, the caller's scope only), one
 * to pick. Ids: "roles-team-<id>", "roles-teams-state" (and "roles-teams-btn-retry").
 */
export default function TeamPicker({ stationId, team, onPick }: { stationId: string; team?: TeamView; onPick: (t: TeamView) => void }) {
  const teams = useResource(() => adminApi.scopeTeams({ stationId, limit: 50 }), [stationId]);
  if (!teams.data) return <PartState idPrefix='roles-teams' resource={teams} loadingTitle='正在读取服务队…' />;
  if (!teams.data.items.length)
    return (
      <Text id='roles-teams-state' className='workbench__meta'>
        这个站点还没有志愿服务队，请先建队再任命队长。
      </Text>
    );
  return (
    <View>
      <Text className='workbench__meta'>选择他带领的服务队</Text>
      <View className='chip-group'>
        {teams.data.items.map((t) => (
          <Chip key={t.id} id={`roles-team-${t.id}`} selectable selected={team?.id === t.id} onClick={() => onPick(t)}>
            {t.name}
          </Chip>
        ))}
      </View>
    </View>
  );
}
