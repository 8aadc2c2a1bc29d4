import { choices } from './choices';

/** Roles are additive and scoped to a node of the organisation tree. Everyone is a resident. */
export const [ROLES, GRANTED_ROLE_LABELS] = choices({
  volunteer: '志愿者',
  leader: '队长',
  producer: '农户',
  unit: '爱心单位',
  staff: '站点管理员',
  admin: '中心管理员',
});
export type Role = (typeof ROLES)[number];

/** The granted roles' names, and 居民 for everyone. */
export const ROLE_LABELS: Record<Role | 'resident', string> = { resident: '居民', ...GRANTED_ROLE_LABELS };

export const [NODE_KINDS, NODE_KIND_LABELS] = choices({
  center: '新时代文明实践中心',
  institute: '新时代文明实践所',
  station: '新时代文明实践站',
  base: '实践基地',
});
export type NodeKind = (typeof NODE_KINDS)[number];

/** Which node kinds a role may be scoped to. */
export const ROLE_SCOPES: Record<Role, readonly NodeKind[]> = {
  volunteer: ['station'],
  leader: ['station'],
  producer: ['station'],
  unit: ['center', 'institute', 'station'],
  staff: ['institute', 'station'],
  admin: ['center'],
};

export type RoleGrant = {
  role: Role;
  nodeId: string;
  /** Team led, for leaders. */
  teamId?: string;
  /** Grid worker (网格员): may record wishes and orders on behalf of residents. */
  proxy?: boolean;
  grantedAt: number;
  grantedBy: string;
};
