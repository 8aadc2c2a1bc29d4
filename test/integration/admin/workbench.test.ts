import { COLLECTIONS } from '@/contracts/collections';
import { DEFAULT_CENTER_SETTINGS } from '@/contracts/settings';
import { db } from '@/server/cloud';
import { rows } from '@/server/shared/docs';
import { userIdOf } from '@/server/shared/ids';
import { TODO_COUNTERS } from '@/server/admin/todos';
import { glassesWish } from '../../helpers/fixtures-wish';
import { useLocalCloud } from '../../helpers/local-cloud';
import { SQUARE, MIN, seatedSlot } from '../attendance/fixtures';
import { callersFor, volunteers } from '../event/fixtures';

const cloud = useLocalCloud();
jest.setTimeout(120_000);

const countOf = (items: { key: string; count: number }[], key: string) => items.find((i) => i.key === key)?.count;
const wish = glassesWish({ stationId: 'n-dongmen' });

describe('admin.todoCounts', () => {
  it('counts what waits in the caller scope, one entry per registered counter, and follows a review', async () => {
    const staff = await cloud.as('demo-staff');
    const before = (await staff.ok('admin', 'todoCounts')).items;
    expect(before.map((i: { key: string }) => i.key)).toEqual(TODO_COUNTERS.map((t) => t.key));
    expect(before.every((i: { route: string; label: string }) => i.route.startsWith('/packages/') && i.label)).toBe(true);

    const resident = await cloud.as('demo-resident');
    const made = await resident.ok('wish', 'submit', wish);
    const reg = await cloud.as('todo-vol');
    await reg.ok('user', 'login');
    await reg.ok('user', 'registerVolunteer', { realName: '钱多', phone: '13911112222', stationId: 'n-shiqiao' });

    const staffNow = (await staff.ok('admin', 'todoCounts')).items;
    expect(countOf(staffNow, 'wishes')).toBe(countOf(before, 'wishes')! + 1);
    // 石桥 is outside 城关镇: the registration counts for the admin, not for demo-staff.
    expect(countOf(staffNow, 'volunteers')).toBe(countOf(before, 'volunteers'));
    const admin = await cloud.as('demo-admin');
    const adminNow = (await admin.ok('admin', 'todoCounts')).items;
    expect(countOf(adminNow, 'volunteers')).toBeGreaterThanOrEqual(1);
    expect(countOf(adminNow, 'wishes')).toBeGreaterThanOrEqual(countOf(staffNow, 'wishes')!);

    await staff.ok('wish', 'review', { id: made.id, approve: true });
    expect(countOf((await staff.ok('admin', 'todoCounts')).items, 'wishes')).toBe(countOf(before, 'wishes'));
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-unit']) {
      expect(await (await cloud.as(who)).call('admin', 'todoCounts')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });
});

describe('admin.auditLog', () => {
  it('pages the scope log newest first with names; staff of another area see none of it', async () => {
    const admin = await cloud.as('demo-admin');
    await admin.ok('user', 'grantRole', { userId: userIdOf('demo-volunteer'), role: 'staff', nodeId: 'n-shiqiao' });
    await admin.ok('user', 'revokeRole', { userId: userIdOf('demo-volunteer'), role: 'staff', nodeId: 'n-shiqiao' });
    const page = await admin.ok('admin', 'auditLog', { limit: 1 });
    expect(page.items).toEqual([
      expect.objectContaining({ action: 'role.revoke', label: '撤销角色', actorName: '县中心管理员', nodeId: 'n-shiqiao' }),
    ]);
    const next = await admin.ok('admin', 'auditLog', { limit: 1, cursor: page.next });
    expect(next.items[0]).toMatchObject({ action: 'role.grant' });

    const staff = await cloud.as('demo-staff');
    const staffLog = await staff.ok('admin', 'auditLog', { limit: 50 });
    expect(staffLog.items.some((a: { nodeId?: string }) => a.nodeId === 'n-shiqiao')).toBe(false);
    expect(await staff.call('admin', 'auditLog', { nodeId: 'n-shiqiao' })).toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await (await cloud.as('demo-volunteer')).call('admin', 'auditLog')).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('admin.settings / saveSettings', () => {
  it('reads defaults, saves a parsed whole document, audits it, and refuses non-admins and bad values', async () => {
    const admin = await cloud.as('demo-admin');
    const first = await admin.ok('admin', 'settings');
    expect(first.center).toEqual(DEFAULT_CENTER_SETTINGS);
    expect(first.templates.templates.length).toBeGreaterThan(0);

    const saved = await admin.ok('admin', 'saveSettings', { center: { starBonusPoints: 80 } });
    expect(saved.center).toEqual({ ...DEFAULT_CENTER_SETTINGS, starBonusPoints: 80 });
    expect((await admin.ok('admin', 'settings')).center.starBonusPoints).toBe(80);
    expect(await admin.call('admin', 'saveSettings', { center: { marketFeeRateBp: 900 } })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await admin.call('admin', 'saveSettings', {})).toMatchObject({ code: 'NOTHING_TO_SAVE' });
    expect(await (await cloud.as('demo-staff')).call('admin', 'saveSettings', { center: {} })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await (await cloud.as('demo-staff')).call('admin', 'settings')).toMatchObject({ code: 'FORBIDDEN' });
    expect((await admin.ok('admin', 'settings')).center.marketFeeRateBp).toBe(0);
    const audits = await rows<{ detail: { center?: { starBonusPoints: number } } }>(
      db().collection(COLLECTIONS.auditLogs).where({ action: 'settings.save' }).limit(10),
    );
    expect(audits.map((a) => a.detail.center?.starBonusPoints)).toEqual([80]);
  });
});

describe('admin.addNode / editNode', () => {
  it('adds a station under a 所 with its contact and settings, edits it, and a new wish there earns its points', async () => {
    const admin = await cloud.as('demo-admin');
    const node = await admin.ok('admin', 'addNode', {
      parentId: 'n-chengguan',
      name: '西街社区新时代文明实践站',
      address: '城关镇西街8号',
      location: { lat: 28.1, lng: 119.9 },
      contact: { name: '陈站长', phone: '0571-88886666' },
      wishPoints: 15,
    });
    expect(node).toMatchObject({
      kind: 'station',
      parentId: 'n-chengguan',
      path: ['n-center', 'n-chengguan', node.id],
      settings: { wishPoints: 15 },
    });
    const tree = await admin.ok('org', 'tree', { parentId: 'n-chengguan' });
    expect(tree.items.map((n: { id: string }) => n.id)).toContain(node.id);

    const edited = await admin.ok('admin', 'editNode', {
      id: node.id,
      contact: { name: '陈站长', phone: '13900001234' },
      volunteerReview: true,
    });
    expect(edited).toMatchObject({ contact: { phone: '13900001234' }, settings: { wishPoints: 15, volunteerReview: true } });
    const w = await (await cloud.as('demo-resident')).ok('wish', 'submit', { ...wish, stationId: node.id });
    expect(w.points).toBe(15);
    const reg = await cloud.as('west-vol');
    await reg.ok('user', 'login');
    expect((await reg.ok('user', 'previewRegistration', { stationId: node.id })).requiresReview).toBe(true);

    const cases: [string, object, string][] = [
      ['addNode', { parentId: 'n-nowhere', name: '某站', address: '某地', location: { lat: 1, lng: 1 } }, 'NODE_NOT_FOUND'],
      [
        'addNode',
        { parentId: 'n-chengguan', name: '某站', address: '某地', location: { lat: 1, lng: 1 }, contact: { name: '甲', phone: '12' } },
        'VALIDATION_FAILED',
      ],
      ['editNode', { id: 'n-chengguan', wishPoints: 20 }, 'VALIDATION_FAILED'],
      ['editNode', { id: node.id }, 'NOTHING_TO_SAVE'],
    ];
    for (const [action, data, code] of cases) expect(await admin.call('admin', action, data)).toMatchObject({ ok: false, code });
    const base = await admin.ok('admin', 'addNode', {
      parentId: node.id,
      name: '西街文化基地',
      address: '西街8号',
      location: { lat: 28.1, lng: 119.9 },
    });
    expect(base.kind).toBe('base');
    expect(
      await admin.call('admin', 'addNode', { parentId: base.id, name: '更下一级', address: '某地', location: { lat: 1, lng: 1 } }),
    ).toMatchObject({
      code: 'NODE_KIND_INVALID',
    });
    expect(await (await cloud.as('demo-staff')).call('admin', 'editNode', { id: node.id, name: '改名站点' })).toMatchObject({
      code: 'FORBIDDEN',
    });
    const audits = await rows<{ action: string }>(db().collection(COLLECTIONS.auditLogs).where({ targetId: node.id }).limit(10));
    expect(audits.map((a) => a.action).sort()).toEqual(['node.add', 'node.edit']);
  });
});

describe('admin.scopeStations', () => {
  it('answers the stations of the caller area only (the proxy form offers these)', async () => {
    const staff = await cloud.as('demo-staff');
    const names = (await staff.ok('admin', 'scopeStations')).items.map((n: { id: string }) => n.id);
    expect(names).toEqual(expect.arrayContaining(['n-dongmen', 'n-nantang']));
    expect(names).not.toContain('n-shiqiao');
    expect(names).not.toContain('n-chengguan');
    const all = (await (await cloud.as('demo-admin')).ok('admin', 'scopeStations')).items.map((n: { id: string }) => n.id);
    expect(all).toEqual(expect.arrayContaining(['n-dongmen', 'n-nantang', 'n-shiqiao', 'n-longxicun']));
    expect(await (await cloud.as('demo-volunteer')).call('admin', 'scopeStations')).toMatchObject({ code: 'FORBIDDEN' });
  });
});

// Last: confirming writes an audit entry at the slot's (future) time, which would lead the audit log above.
describe('admin.todoCounts hours', () => {
  it('counts a seat checked out on a slot that has ended in the station scope, until it is confirmed', async () => {
    const staff = await cloud.as('demo-staff');
    await volunteers(['todo-h0']);
    const [vol] = await callersFor(cloud, ['todo-h0']);
    const leader = await cloud.as('demo-leader');
    const s = await seatedSlot(leader, [vol], { days: 11, hour: 14 });
    const later = { now: s.end + MIN };
    const hoursBefore = countOf((await staff.ok('admin', 'todoCounts', {}, later)).items, 'hours')!;
    await vol.ok('event', 'checkIn', { slotId: s.slotId, location: SQUARE }, { now: s.start });
    await vol.ok('event', 'checkOut', { slotId: s.slotId, location: SQUARE }, { now: s.end });
    expect(countOf((await staff.ok('admin', 'todoCounts', {}, later)).items, 'hours')).toBe(hoursBefore + 1);
    await leader.ok('event', 'confirm', { slotId: s.slotId }, later);
    expect(countOf((await staff.ok('admin', 'todoCounts', {}, later)).items, 'hours')).toBe(hoursBefore);
  });
});
