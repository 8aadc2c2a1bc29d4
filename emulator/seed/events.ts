import { COLLECTIONS } from '../../src/contracts/collections';
import type { EventCategory } from '../../src/contracts/event';
import { chinaDay, chinaDayStart, dayKey, placeKey, remindAt } from '../../src/core/event';
import { db } from '../../src/server/cloud';
import type { EventDoc, SlotDoc } from '../../src/server/event/repo';
import type { SignUpDoc } from '../../src/server/event/signups-repo';
import type { OrgNodeDoc } from '../../src/server/org/repo';
import { byId } from '../../src/server/shared/docs';
import { userIdOf } from '../../src/server/shared/ids';
import { dongmen, longxiVillage, nantang, TEAMS } from './county';

const HOUR = 3600 * 1000;
const team = (id: string) => TEAMS.find((t) => t._id === id)!;

type Spec = {
  id: string;
  title: string;
  category: EventCategory;
  description: string;
  station: OrgNodeDoc;
  teamId?: string;
  organiser: string;
  /** Days from the first start, hour and minute (China time), hours long, seats. */
  slots: [days: number, hour: number, minute: number, hours: number, capacity: number][];
};

const SPECS: Spec[] = [
  {
    id: 'e-demo-traffic',
    title: '文明交通劝导',
    category: '文明引导',
    description: '早高峰在东门路口协助交警劝导行人和电动车文明出行，请穿志愿者马甲、戴小红帽。',
    station: dongmen,
    teamId: 't-dongmen',
    organiser: 'demo-leader',
    slots: [[2, 7, 30, 2, 10]],
  },
  {
    id: 'e-demo-clinic',
    title: '社区老人健康义诊',
    category: '卫生健康',
    description: '县医院医生到社区为老人量血压、测血糖，志愿者负责引导、登记和陪同行动不便的老人。',
    station: dongmen,
    teamId: 't-dongmen',
    organiser: 'demo-leader',
    slots: [
      [5, 9, 0, 2.5, 20],
      [5, 14, 30, 2.5, 20],
    ],
  },
  {
    id: 'e-demo-rice',
    title: '农技讲座：水稻病虫害防治',
    category: '惠农助农',
    description: '请农技站专家到村部讲解水稻病虫害防治，志愿者负责布置会场、签到和发放资料。',
    station: nantang,
    organiser: 'demo-staff',
    slots: [[4, 14, 0, 2, 40]],
  },
  {
    id: 'e-demo-policy',
    title: '党的政策宣讲进村',
    category: '政策宣讲',
    description: '党员先锋队进村宣讲惠民政策，组织村民座谈，志愿者协助布置和记录。',
    station: longxiVillage,
    teamId: 't-longxi',
    organiser: 'demo-admin',
    slots: [[6, 9, 0, 2, 30]],
  },
];

/** Nine volunteers of the neighbourhood already hold seats of the 10-seat 文明交通劝导: one seat left. */
const NEARLY_FULL = { eventId: 'e-demo-traffic', names: ['陈秀英', '刘建华', '杨丽', '黄志强', '周芳', '吴敏', '徐海', '孙莉', '马超'] };

function demoEvent(s: Spec, now: number): EventDoc {
  const today = chinaDay(now);
  const slots: SlotDoc[] = s.slots.map(([days, hour, minute, hours, capacity], i) => {
    const start = chinaDayStart(today + days) + hour * HOUR + minute * 60_000;
    return { id: `${s.id}-${i + 1}`, start, end: start + hours * HOUR, status: 'open', capacity, taken: 0, waitSeq: 0, waitLeft: 0 };
  });
  const t = s.teamId ? team(s.teamId) : undefined;
  return {
    _id: s.id,
    status: 'published',
    title: s.title,
    category: s.category,
    description: s.description,
    stationId: s.station._id,
    stationName: s.station.name,
    stationPath: s.station.path,
    address: s.station.address,
    location: s.station.location,
    checkInRadiusM: 500,
    pointsPerHour: 10,
    signUpOpensAt: now - 24 * HOUR,
    signUpClosesAt: Math.min(...slots.map((x) => x.start)),
    ...(t ? { teamId: t._id, teamName: t.name } : {}),
    organiserId: userIdOf(s.organiser),
    organiserName: t?.name ?? '刘芳',
    slots,
    firstStart: Math.min(...slots.map((x) => x.start)),
    lastEnd: Math.max(...slots.map((x) => x.end)),
    flagged: false,
    flaggedFields: [],
    publishedAt: now - 24 * HOUR,
    updatedAt: now - 24 * HOUR,
  };
}

/** The demo events at the demo stations, and the seats of the nearly full one (its counter agrees with them). */
export function demoEvents(now: number): { events: EventDoc[]; places: SignUpDoc[] } {
  const events = SPECS.map((s) => demoEvent(s, now));
  const ev = events.find((e) => e._id === NEARLY_FULL.eventId)!;
  const slot = ev.slots[0];
  slot.taken = NEARLY_FULL.names.length;
  const day = chinaDay(slot.start);
  const places = NEARLY_FULL.names.map((name, i): SignUpDoc => {
    const userId = userIdOf(`demo-neighbour-${i + 1}`);
    return {
      _id: `p-demo-traffic-${i + 1}`,
      eventId: ev._id,
      slotId: slot.id,
      userId,
      status: 'confirmed',
      placeKey: placeKey(slot.id, userId),
      dayKey: dayKey(userId, day, 0),
      day,
      eventTitle: ev.title,
      stationName: ev.stationName,
      slotStart: slot.start,
      slotEnd: slot.end,
      name,
      phone: `1380000${String(2001 + i)}`,
      createdAt: now - 20 * HOUR,
      seatedAt: now - 20 * HOUR,
      remindAt: remindAt(slot),
    };
  });
  return { events, places };
}

/** Writes the demo events once (a document already there is left alone). */
export async function seedEvents(now = Date.now()): Promise<void> {
  const { events, places } = demoEvents(now);
  for (const [collection, docs] of [
    [COLLECTIONS.events, events],
    [COLLECTIONS.eventSignups, places],
  ] as const) {
    for (const doc of docs) if (!(await byId(collection, doc._id))) await db().collection(collection).add({ data: doc });
  }
}
