import { userIdOf } from '@/server/shared/ids';
import { startLocalCloud, type LocalCloud } from '../../helpers/local-cloud';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLocalCloud();
});
afterAll(() => cloud.close());

describe('gateway', () => {
  it('runs each of 300 concurrent calls as its own caller', async () => {
    const callers = await Promise.all(Array.from({ length: 300 }, (_, i) => cloud.as(`crowd-${i}`)));
    const answers = await Promise.all(callers.map((c) => c.ok('user', 'login')));
    answers.forEach((a, i) => expect(a.user.id).toBe(userIdOf(`crowd-${i}`)));
  });

  it('issues dev tokens only for well-formed openids', async () => {
    expect((await cloud.post('/api/dev/login', { openid: '' })).status).toBe(400);
    expect((await cloud.post('/api/dev/login', { openid: 'a b' })).status).toBe(400);
    expect((await cloud.post('/api/dev/login', { openid: 'demo-resident' })).body.token).toEqual(expect.any(String));
  });

  it('lists the demo identities', async () => {
    const res = await fetch(`${cloud.gateway.url}/api/dev/identities`);
    const { items } = (await res.json()) as { items: { openid: string }[] };
    expect(items.map((i) => i.openid)).toEqual(
      expect.arrayContaining(['demo-resident', 'demo-volunteer', 'demo-leader', 'demo-producer', 'demo-staff', 'demo-admin']),
    );
  });
});
