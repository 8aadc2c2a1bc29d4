import { userIdOf } from '@/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();

// Parallel calls on a busy 2-core machine: an explicit timeout, well above what they take here.
jest.setTimeout(120_000);

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

describe('gateway files', () => {
  it('takes an image upload and serves it back by its cloud file id', async () => {
    const { body: login } = await cloud.post('/api/dev/login', { openid: 'demo-resident' });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'photo.png');
    const up = await fetch(`${cloud.gateway.url}/api/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${login.token}` },
      body: form,
    });
    expect(up.status).toBe(200);
    const { fileID } = (await up.json()) as { fileID: string };
    expect(fileID).toMatch(/^cloud:\/\//);
    const signedIn = { authorization: `Bearer ${login.token}` };
    const got = await fetch(`${cloud.gateway.url}/api/file?fileID=${encodeURIComponent(fileID)}`, { headers: signedIn });
    expect(Buffer.from(await got.arrayBuffer()).equals(png)).toBe(true);
    const missing = await fetch(`${cloud.gateway.url}/api/file?fileID=${encodeURIComponent(fileID + '-gone')}`, { headers: signedIn });
    expect(missing.status).toBe(404);
    const anonymous = await fetch(`${cloud.gateway.url}/api/upload`, { method: 'POST', body: form });
    expect(anonymous.status).toBe(401);
  });
});
