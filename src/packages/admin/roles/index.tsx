import { useState } from 'react';
import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import ChoiceChips from '@/components/choice-chips';
import PersonFinder from '@/components/person-finder';
import SessionGate from '@/components/session-gate';
import { PartState } from '@/components/resource-state';
import StateView from '@/components/state-view';
import type { TeamView } from '@/contracts/admin';
import type { OrgNodeView } from '@/contracts/org';
import { ROLE_LABELS, ROLE_SCOPES, ROLES, type Role } from '@/contracts/roles';
import type { PersonView, UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { roleText } from '@/services/format';
import { userApi } from '@/services/user';
import NodeBrowser from '../node-browser';
import TeamPicker from './team-picker';
import '../admin.scss';

/** Roles an admin hands out here (a leader with their team); volunteers register themselves and are approved in 审核志愿者. */
const GRANTABLE: Role[] = ROLES.filter((r) => r !== 'volunteer');

function Roles({ person, onChange }: { person: PersonView; onChange: () => void }) {
  const profile = useResource(() => userApi.profile({ userId: person.id }), [person.id]);
  const [role, setRole] = useState<Role>('staff');
  const [node, setNode] = useState<OrgNodeView>();
  const [proxy, setProxy] = useState(false);
  const [team, setTeam] = useState<TeamView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const scopeOk = !node || ROLE_SCOPES[role].includes(node.kind);
  // A leader leads one team of the chosen station: picked from that station's teams.
  const needsTeam = role === 'leader' && !!node && scopeOk;
  const teamOk = !needsTeam || team?.stationId === node?.id;

  async function grant() {
    if (!node) return setError('请在下面的组织架构里选择一个节点');
    if (!teamOk) return setError('请选择他带领的服务队');
    setBusy(true);
    const r = await userApi.grantRole({
      userId: person.id,
      role,
      nodeId: node.id,
      ...(role === 'staff' && proxy ? { proxy: true } : {}),
      ...(role === 'leader' && team ? { teamId: team.id } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setError(undefined);
    void Taro.showToast({ title: '已授予', icon: 'success' });
    void profile.reload();
    onChange();
  }

  async function revoke(u: UserView, i: number) {
    const g = u.roles[i];
    const ok = await Taro.showModal({ title: '撤销角色', content: `确定撤销 ${roleText(g)} 吗？` });
    if (!ok.confirm) return;
    const r = await userApi.revokeRole({ userId: u.id, role: g.role, nodeId: g.nodeId });
    if (!r.ok) return void Taro.showToast({ title: r.message, icon: 'none' });
    void profile.reload();
    onChange();
  }

  const u = profile.data;
  return (
    <View>
      <Card id='roles-current' title={`${person.realName ?? person.nickname} 现在的角色`}>
        {u ? (
          u.roles.length ? (
            u.roles.map((g, i) => (
              <View key={`${g.role}-${g.nodeId}`} id={`roles-held-${i}`} className='workbench__row'>
                <Text className='workbench__label'>{roleText(g)}</Text>
                <ActionButton id={`roles-btn-revoke-${i}`} type='plain' size='compact' onClick={() => void revoke(u, i)}>
                  撤销
                </ActionButton>
              </View>
            ))
          ) : (
            <Text className='workbench__meta'>居民（没有其他角色）</Text>
          )
        ) : (
          <PartState idPrefix='roles-current' resource={profile} />
        )}
      </Card>
      <Card id='roles-grant' title='授予角色'>
        <ChoiceChips options={GRANTABLE} value={role} onPick={setRole} idOf={(r) => `roles-role-${r}`} label={(r) => ROLE_LABELS[r]} />
        {role === 'staff' ? (
          <View className='workbench__row'>
            <Text className='workbench__label'>网格员（可以代居民许愿）</Text>
            <Switch id='roles-proxy' checked={proxy} onChange={(e) => setProxy(e.detail.value)} />
          </View>
        ) : null}
        <Text id='roles-node' className='workbench__meta'>
          {node ? `范围：${node.name}` : '请在下面选择这个角色负责的范围'}
        </Text>
        {!scopeOk ? <Text className='form-field__error'>{`${ROLE_LABELS[role]}不能设在这一级，请换一个节点`}</Text> : null}
        {needsTeam && node ? <TeamPicker stationId={node.id} team={team} onPick={setTeam} /> : null}
        <NodeBrowser idPrefix='roles' onPick={setNode} />
        {error ? (
          <Text id='roles-error' className='form-field__error'>
            {error}
          </Text>
        ) : null}
        <View className='page__actions'>
          <ActionButton
            id='roles-btn-grant'
            type='primary'
            loading={busy}
            loadingText='正在授予…'
            disabled={!scopeOk || !teamOk}
            onClick={grant}
          >
            {node ? `授予 ${ROLE_LABELS[role]} · ${role === 'leader' && team ? team.name : node.name}` : '授予'}
          </ActionButton>
        </View>
      </Card>
    </View>
  );
}

function RolesPage({ user }: { user: UserView }) {
  const [person, setPerson] = useState<PersonView>();
  if (!user.admin) return <StateView id='roles-state' status='error' title='只有中心管理员可以管理角色' />;
  return (
    <View className='page workbench'>
      {person ? (
        <View className='page__actions'>
          <ActionButton id='roles-btn-other' type='secondary' onClick={() => setPerson(undefined)}>
            换一个人
          </ActionButton>
        </View>
      ) : (
        <PersonFinder idPrefix='roles-find' title='找到要设置角色的人' onPick={setPerson} />
      )}
      {person ? <Roles person={person} onChange={() => undefined} /> : null}
    </View>
  );
}

/** 角色管理 (center admins): find a person, see their roles, grant one at a node of the tree, revoke one. */
export default function RoleManagementPage() {
  return <SessionGate idPrefix='roles-page'>{(user) => <RolesPage user={user} />}</SessionGate>;
}
