/** The staff and admin workbench (function `admin`), zod-free for pages; functions parse with ./admin.schema.ts. */
import type { GeoPoint } from './geo';
import type { SubscribeTemplates } from './messages';
import type { OrgNodeView } from './org';
import type { Page, PageRequest } from './paging';
import type { NodeKind } from './roles';
import type { CenterSettings } from './settings';

export type AdminAction = keyof AdminInputs;

/** A node's public contact (shown to residents and to claimers of proxy wishes without a phone). */
export type NodeContact = { name: string; phone: string };

/** The fields an admin edits on a node; `wishPoints` and `volunteerReview` are station settings. */
export type NodeFields = {
  name: string;
  address: string;
  location: GeoPoint;
  contact?: NodeContact;
  wishPoints?: number;
  volunteerReview?: boolean;
};

/** What each action takes, as pages send it (./admin.schema.ts parses exactly this). */
export type AdminInputs = {
  /** The caller's to-do counts, for their scope (staff and admins). */
  todoCounts: Record<string, never>;
  /** The audit log of the caller's scope, newest first; `nodeId` narrows it to one node of the scope. */
  auditLog: { nodeId?: string } & PageRequest;
  /** Center admins: the center settings and the subscribe templates. */
  settings: Record<string, never>;
  saveSettings: { center?: Partial<CenterSettings>; templates?: Partial<SubscribeTemplates> };
  /** Center admins: a new node under `parentId` (a 所 under the center, a 站 under a 所, a 基地 under a 站). */
  addNode: { parentId: string } & NodeFields;
  editNode: { id: string } & Partial<NodeFields>;
  /** Staff: the stations they act on (the proxy form's choices). */
  scopeStations: Record<string, never>;
  /** Staff and admins: the volunteer teams of a station in their scope, by name (the leader grant's team picker). */
  scopeTeams: { stationId: string } & PageRequest;
};

/** One to-do: how many things wait in the caller's scope, and the page that lists them. */
export type TodoCount = { key: string; label: string; count: number; route: string };

export type AuditEntryView = {
  id: string;
  action: string;
  /** What the action is called in Chinese (the raw `action` when it has no name yet). */
  label: string;
  actorId: string;
  actorName?: string;
  targetType: string;
  targetId: string;
  nodeId?: string;
  detail: Record<string, unknown>;
  at: number;
};

export type AdminNodeView = OrgNodeView & { settings: { wishPoints?: number; volunteerReview?: boolean } };

export type SettingsView = { center: CenterSettings; templates: SubscribeTemplates };

export type AdminOutput = {
  todoCounts: { items: TodoCount[] };
  auditLog: Page<AuditEntryView>;
  settings: SettingsView;
  saveSettings: SettingsView;
  addNode: AdminNodeView;
  editNode: AdminNodeView;
  scopeStations: { items: OrgNodeView[] };
  scopeTeams: Page<TeamView>;
};

/** A volunteer team (志愿服务队) of a station. */
export type TeamView = { id: string; name: string; stationId: string; stationName: string };

/** Which kind of node goes under which: the tree's four levels. */
export const CHILD_KIND: Record<NodeKind, NodeKind | null> = { center: 'institute', institute: 'station', station: 'base', base: null };

/** What each audited action is called (the log viewer shows these). */
export const AUDIT_LABELS: Record<string, string> = {
  'role.grant': '授予角色',
  'role.revoke': '撤销角色',
  'volunteer.approve': '通过志愿者注册',
  'volunteer.reject': '退回志愿者注册',
  'wish.approve': '通过心愿',
  'wish.reject': '退回心愿',
  'points.civility': '文明行为奖励',
  'points.adjust': '调整积分',
  'user.resolveCode': '查看个人码',
  'user.findPeople': '查找居民',
  'order.pickup': '核销取货',
  'order.buyerPickups': '凭个人码查看待取订单',
  'attendance.checkInPerson': '凭个人码为志愿者签到',
  'attendance.checkOutPerson': '凭个人码为志愿者签退',
  'settings.save': '修改中心设置',
  'node.add': '新增组织节点',
  'node.edit': '修改组织节点',
};
