import { COLLECTIONS } from '../../src/contracts/collections';
import { db } from '../../src/server/cloud';
import { byId } from '../../src/server/shared/docs';
import { userIdOf } from '../../src/server/shared/ids';
import type { StoredGrant, UserDoc } from '../../src/server/user/repo';
import { ensureCollections } from './collections';
import { center, chengguan, dongmen, NODES, TEAMS, nantang } from './county';
import { seedEvents } from './events';
import { seedMarket } from './market';
import { demoWishes } from './wishes';

export type DemoIdentity = { openid: string; label: string; description: string };

/** The fixed demo identities (README lists them). */
export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: 'demo-resident', label: '居民', description: '普通居民：发布心愿、预约服务、购买农产品' },
  { openid: 'demo-volunteer', label: '志愿者', description: '东门社区注册志愿者：报名活动、认领心愿' },
  { openid: 'demo-leader', label: '队长', description: '东门社区志愿服务队队长：发布活动、签到' },
  { openid: 'demo-producer', label: '农户', description: '南塘村农户：上架农产品' },
  { openid: 'demo-unit', label: '爱心单位', description: '县供电公司：认领心愿、爱心采购' },
  { openid: 'demo-staff', label: '站点管理员', description: '城关镇实践所管理员（网格员）：审核、派单' },
  { openid: 'demo-admin', label: '中心管理员', description: '县中心管理员：角色、设置、统计' },
];

const SEEDED_AT = Date.UTC(2026, 0, 1);

function user(openid: string, nickname: string, extra: Partial<UserDoc> = {}): UserDoc {
  return { _id: userIdOf(openid), openid, nickname, roles: [], createdAt: SEEDED_AT, updatedAt: SEEDED_AT, ...extra };
}

function grant(role: StoredGrant['role'], node: { _id: string; name: string }, extra: Partial<StoredGrant> = {}): StoredGrant {
  return { role, nodeId: node._id, nodeName: node.name, grantedAt: SEEDED_AT, grantedBy: 'seed', ...extra };
}

function volunteer(realName: string, phone: string, skills: string[]) {
  return {
    realName,
    phone,
    stationId: dongmen._id,
    stationName: dongmen.name,
    stationPath: dongmen.path,
    skills,
    status: 'approved' as const,
    registeredAt: SEEDED_AT,
  };
}

const home = (n: typeof dongmen) => ({ homeStationId: n._id, homeStationName: n.name, homeStationPath: n.path });

export function demoUsers(): UserDoc[] {
  return [
    user('demo-resident', '张桂兰'),
    user('demo-volunteer', '王小红', {
      ...home(dongmen),
      volunteer: volunteer('王小红', '13800001111', ['教育辅导', '文艺表演']),
      roles: [grant('volunteer', dongmen)],
    }),
    user('demo-leader', '李建国', {
      ...home(dongmen),
      volunteer: volunteer('李建国', '13800002222', ['政策宣讲', '驾驶']),
      roles: [grant('volunteer', dongmen), grant('leader', dongmen, { teamId: 't-dongmen' })],
    }),
    user('demo-producer', '赵大山', { ...home(nantang), roles: [grant('producer', nantang)] }),
    user('demo-unit', '县供电公司', { roles: [grant('unit', center)] }),
    user('demo-staff', '刘芳', { ...home(dongmen), roles: [grant('staff', chengguan, { proxy: true })] }),
    user('demo-admin', '县中心管理员', { roles: [grant('admin', center)] }),
  ];
}

const eventTemplate = (kind: string, templateId: string, last: Record<string, string>) => ({
  kind,
  templateId,
  fields: { title: 'thing1', time: 'time2', ...last },
});
const EVENT_TEMPLATES = [
  eventTemplate('event.confirmed', 'TPL_EVENT_CONFIRMED', { station: 'thing3', status: 'phrase4' }),
  eventTemplate('event.waitlisted', 'TPL_EVENT_WAITLISTED', { status: 'phrase3', note: 'thing4' }),
  eventTemplate('event.promoted', 'TPL_EVENT_PROMOTED', { station: 'thing3', status: 'phrase4' }),
  eventTemplate('event.cancelled', 'TPL_EVENT_CANCELLED', { status: 'phrase3', reason: 'thing4' }),
  eventTemplate('event.reminder', 'TPL_EVENT_REMINDER', { station: 'thing3', status: 'phrase4' }),
];

/**
 * Demo subscribe-message templates (settings `subscribeTemplates`; production admins fill in the real
 * template ids from the WeChat console). Fields map our logical value names to the template's keys.
 */
export const DEMO_SUBSCRIBE_TEMPLATES = {
  _id: 'subscribeTemplates',
  miniprogramState: 'developer',
  templates: [
    { kind: 'wish.approved', templateId: 'TPL_WISH_APPROVED', fields: { title: 'thing1', status: 'phrase2', time: 'date3' } },
    { kind: 'wish.claimed', templateId: 'TPL_WISH_CLAIMED', fields: { title: 'thing1', status: 'phrase2', time: 'date3' } },
    { kind: 'wish.fulfilled', templateId: 'TPL_WISH_FULFILLED', fields: { title: 'thing1', status: 'phrase2', time: 'date3' } },
    { kind: 'wish.lapsed', templateId: 'TPL_WISH_LAPSED', fields: { title: 'thing1', status: 'phrase2', time: 'date3' } },
    {
      kind: 'points.earned',
      templateId: 'TPL_POINTS_EARNED',
      fields: { amount: 'number1', reason: 'thing2', balance: 'number3', time: 'time4' },
    },
    // Volunteer events: the values src/server/event/notices.ts sends (title, status, time = the slot's start,
    // station; note = 候补第N位 for the waitlist, reason for a cancellation).
    ...EVENT_TEMPLATES,
  ],
};

export { ensureCollections } from './collections';

/**
 * Creates the demo county once; a later start finds the marker and leaves the data alone. Creates the
 * project's collections first (ensureCollections), so it also runs on an emulator that has none.
 */
export async function seedDemoCounty(): Promise<boolean> {
  await ensureCollections();
  if (await byId(COLLECTIONS.settings, 'seed')) return false;
  const database = db();
  const teams = TEAMS.map((t) => (t._id === 't-dongmen' ? { ...t, leaderIds: [userIdOf('demo-leader')] } : t));
  const batches: [string, { _id: string }[]][] = [
    [COLLECTIONS.orgNodes, NODES],
    [COLLECTIONS.teams, teams],
    [COLLECTIONS.users, demoUsers()],
    [COLLECTIONS.settings, [DEMO_SUBSCRIBE_TEMPLATES]],
    [COLLECTIONS.wishes, demoWishes(Date.now())],
  ];
  for (const [collection, docs] of batches) {
    for (const doc of docs) {
      if (!(await byId(collection, doc._id))) await database.collection(collection).add({ data: doc });
    }
  }
  await seedMarket();
  await seedEvents();
  await database.collection(COLLECTIONS.settings).add({ data: { _id: 'seed', version: 1, at: Date.now() } });
  return true;
}
