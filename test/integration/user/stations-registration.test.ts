import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();

const form = { realName: '孙丽', phone: '13912345678', stationId: 'n-dongmen', skills: ['理发', '理发', '驾驶'] };

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

describe('user.setHomeStation', () => {
  it('sets a station and refuses anything that is not one', async () => {
    const me = await cloud.as('home-1');
    await me.ok('user', 'login');
    expect(await me.ok('user', 'setHomeStation', { stationId: 'n-nantang' })).toMatchObject({
      homeStationId: 'n-nantang',
      homeStationName: '南塘村新时代文明实践站',
    });
    expect(await me.call('user', 'setHomeStation', { stationId: 'n-nowhere' })).toMatchObject({ ok: false, code: 'STATION_NOT_FOUND' });
    expect(await me.call('user', 'setHomeStation', { stationId: 'n-chengguan' })).toMatchObject({ ok: false, code: 'NOT_A_STATION' });
    expect(await me.call('user', 'setHomeStation', {})).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect((await me.ok('user', 'profile')).homeStationId).toBe('n-nantang');
  });

  it('asks a caller who never logged in to log in', async () => {
    const ghost = await cloud.as('never-logged-in');
    expect(await ghost.call('user', 'setHomeStation', { stationId: 'n-nantang' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('user.registerVolunteer', () => {
  it('registers at once where the station does not review, granting the volunteer role', async () => {
    const me = await cloud.as('reg-1');
    await me.ok('user', 'login');
    const v = await me.ok('user', 'registerVolunteer', { ...form, role: 'admin', status: 'approved' });
    expect(v.volunteer).toMatchObject({ realName: '孙丽', phone: '13912345678', status: 'approved', skills: ['理发', '驾驶'] });
    expect(v.roles).toEqual([{ role: 'volunteer', nodeId: 'n-dongmen', nodeName: '东门社区新时代文明实践站' }]);
    expect(v.homeStationId).toBe('n-dongmen');
  });

  it('waits for staff where the station reviews volunteers', async () => {
    const me = await cloud.as('reg-2');
    await me.ok('user', 'login');
    const v = await me.ok('user', 'registerVolunteer', { ...form, stationId: 'n-shiqiao' });
    expect(v.volunteer.status).toBe('pending');
    expect(v.roles).toEqual([]);
  });

  it('names the field that is wrong', async () => {
    const me = await cloud.as('reg-3');
    await me.ok('user', 'login');
    const res = await me.call('user', 'registerVolunteer', { ...form, phone: '12345' });
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fields: { phone: '请填写11位手机号码' } });
    expect((await me.ok('user', 'profile')).volunteer).toBeUndefined();
    expect(await me.call('user', 'registerVolunteer', { ...form, stationId: 'n-longxi' })).toMatchObject({ code: 'NOT_A_STATION' });
  });
});

describe('user.reviewVolunteer', () => {
  it("lets staff of the station's 所 or the admin decide, once", async () => {
    const applicant = await cloud.as('reg-review');
    await applicant.ok('user', 'login');
    await applicant.ok('user', 'registerVolunteer', { ...form, stationId: 'n-shiqiao' });
    const id = userIdOf('reg-review');

    const staffElsewhere = await cloud.as('demo-staff'); // 城关镇所; 石桥村 belongs to 龙溪镇所
    expect(await staffElsewhere.call('user', 'reviewVolunteer', { userId: id, approve: true })).toMatchObject({ code: 'OUT_OF_SCOPE' });
    const resident = await cloud.as('demo-resident');
    expect(await resident.call('user', 'reviewVolunteer', { userId: id, approve: true })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await applicant.ok('user', 'profile')).volunteer.status).toBe('pending');

    const admin = await cloud.as('demo-admin');
    const v = await admin.ok('user', 'reviewVolunteer', { userId: id, approve: true, note: '欢迎加入' });
    expect(v.volunteer.status).toBe('approved');
    expect(v.roles.map((r: { role: string }) => r.role)).toEqual(['volunteer']);
    expect(await admin.call('user', 'reviewVolunteer', { userId: id, approve: false })).toMatchObject({ code: 'NOT_PENDING' });
  });

  it('tells a turned-down applicant why', async () => {
    const applicant = await cloud.as('reg-reject');
    await applicant.ok('user', 'login');
    await applicant.ok('user', 'registerVolunteer', { ...form, stationId: 'n-shiqiao' });
    const admin = await cloud.as('demo-admin');
    await admin.ok('user', 'reviewVolunteer', { userId: userIdOf('reg-reject'), approve: false, note: '请补充本人真实姓名' });
    expect((await applicant.ok('user', 'profile')).volunteer).toMatchObject({ status: 'rejected', reviewNote: '请补充本人真实姓名' });
  });
});
