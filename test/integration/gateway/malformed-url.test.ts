/** A URL whose path does not percent-decode is the caller's mistake: 400, no stack, on the gateway and the local CloudBase. */
import http from 'node:http';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();
const MALFORMED = ['/%', '/%E0%A4%A', '/api/%', '/api/fn/%zz', '/api/file%', '/admin/%', '/__stats%', '/__storage/local/%E0%A4%A'];

/** Sends the request target exactly as written (fetch would re-encode it). */
function get(base: string, target: string, method = 'GET'): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${target}`, { method, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

let logged: jest.SpyInstance;
beforeEach(() => {
  logged = jest.spyOn(console, 'error');
});
afterEach(() => logged.mockRestore());

describe.each([
  ['the gateway', () => cloud.gateway.url],
  ['the local CloudBase', () => cloud.gateway.emulatorUrl],
])('%s', (_server, urlOf) => {
  test.each(MALFORMED)('answers %s with 400 and no stack', async (target) => {
    for (const method of ['GET', 'POST']) {
      const { status, text } = await get(urlOf(), target, method);
      expect([target, method, status]).toEqual([target, method, 400]);
      expect(text).not.toMatch(/URIError|\n\s+at /);
    }
    expect(logged).not.toHaveBeenCalled();
  });
});

test('a well-formed percent-encoded path still works', async () => {
  expect((await get(cloud.gateway.url, '/api/dev/identities')).status).toBe(200);
  expect((await get(cloud.gateway.url, '/%E4%BD%A0%E5%A5%BD')).status).not.toBe(400);
});
