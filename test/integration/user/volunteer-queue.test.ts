import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();
jest.setTimeout(120_000);

const form = { realName: '周敏', phone: '13912340000', skills: ['理发'] };

describe('user.volunteerQueue', () => {
  it('lists pending registrations in the caller scope only, oldest first, and empties as staff decide', async () => {
    const now = Date.now();
    for (const [i, who] of ['queue-1', 'queue-2'].entries()) {
      const c = await cloud.as(who);
      await c.ok('user', 'login');
      await c.ok('user', 'registerVolunteer', { ...form, stationId: 'n-shiqiao' }, { now: now + i });
    }
    // demo-staff works in 城关镇 (东门, 南塘): 石桥 is another 所's.
    expect((await (await cloud.as('demo-staff')).ok('user', 'volunteerQueue')).items).toEqual([]);
    const admin = await cloud.as('demo-admin');
    const queue = await admin.ok('user', 'volunteerQueue');
    expect(queue.items.map((v: { id: string }) => v.id)).toEqual([userIdOf('queue-1'), userIdOf('queue-2')]);
    expect(queue.items[0]).toMatchObject({ realName: '周敏', phone: '13912340000', stationName: expect.stringContaining('石桥') });
    expect(await (await cloud.as('demo-volunteer')).call('user', 'volunteerQueue')).toMatchObject({ code: 'FORBIDDEN' });

    await admin.ok('user', 'reviewVolunteer', { userId: userIdOf('queue-1'), approve: true });
    expect((await admin.ok('user', 'volunteerQueue')).items.map((v: { id: string }) => v.id)).toEqual([userIdOf('queue-2')]);
  });
});

describe('user.previewRegistration', () => {
  it('says beforehand that moving an approved volunteer to a reviewing station puts them in line, and the save agrees', async () => {
    const me = await cloud.as('demo-volunteer');
    expect(await me.ok('user', 'previewRegistration', { stationId: 'n-dongmen' })).toMatchObject({
      requiresReview: false,
      statusAfter: 'approved',
      losesApproval: false,
    });
    const preview = await me.ok('user', 'previewRegistration', { stationId: 'n-shiqiao' });
    expect(preview).toMatchObject({ stationId: 'n-shiqiao', requiresReview: true, statusAfter: 'pending', losesApproval: true });
    // The preview changed nothing.
    expect((await me.ok('user', 'profile')).volunteer.status).toBe('approved');
    const saved = await me.ok('user', 'registerVolunteer', { realName: '王小红', phone: '13800001111', stationId: 'n-shiqiao' });
    expect(saved.volunteer.status).toBe(preview.statusAfter);
    expect(await me.call('user', 'previewRegistration', { stationId: 'n-longxi' })).toMatchObject({ code: 'NOT_A_STATION' });
  });
});
