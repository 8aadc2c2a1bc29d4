/** Op counting, /__stats, plugin dispatch (actions, Buffer answers, multipart, routes) and unknown actions. */
import type { EmulatorPlugin } from '../../../emulator/types';
import { signedRequest, useEmulator, type SignedRequest } from '../../helpers/emulator';

const seen: any[] = [];
const testPlugin: EmulatorPlugin = {
  name: 'test',
  actions: {
    'test.echo': async (body, ctx) => ({ got: body.value, env: ctx.env, baseUrl: ctx.baseUrl, docs: ctx.store.count('srv_plugin') }),
    'test.bytes': async () => Buffer.from([1, 2, 3]),
    'test.fail': async () => {
      throw Object.assign(new Error('plugin said no'), { code: 'PLUGIN_NO' });
    },
    'test.form': async (body) => {
      seen.push(body);
      return { ok: true };
    },
  },
  route: async (req, res) => {
    if (req.url !== '/plugin/hello') return false;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('hi');
    return true;
  },
};

const emu = useEmulator({ plugins: [testPlugin] });

/** A request signed as the SDK signs it, with the emulator's credentials. */
function admin(body: unknown, opts: SignedRequest = {}) {
  return signedRequest(`${emu.handle.serviceUrl}?env=envA&seqId=1`, { body: body as Record<string, unknown>, ...opts });
}

test('stats count calls per collection and kind, in and out of transactions; reset clears them', async () => {
  const { db, _ } = emu;
  emu.handle.resetStats();
  const c = db.collection('srv_stats');
  await c.add({ data: { _id: 'a', n: 1 } });
  await c.add({ data: [{ n: 2 }, { n: 3 }] });
  await c.doc('a').get();
  await c.where({ n: _.gt(1) }).get();
  await c.where({ n: 2 }).update({ data: { n: 20 } });
  await c.doc('a').set({ data: { n: 1 } });
  await c.count();
  await c.aggregate().match({}).end();
  await c.where({ n: 3 }).remove();
  await db.runTransaction(async (t: any) => {
    const { data } = await t.collection('srv_stats').doc('a').get();
    await t
      .collection('srv_stats')
      .doc('a')
      .update({ data: { n: data.n + 1 } });
  });
  expect(emu.handle.stats()).toEqual({
    srv_stats: { read: 3, insert: 2, update: 3, remove: 1, count: 1, aggregate: 1, tx: 2 },
  });
  expect(emu.handle.txStats()).toEqual({ start: 1, commit: 1, abort: 0, conflict: 0 });
  const overHttp = (await signedRequest(`${emu.handle.url}/__stats`)).json();
  expect(overHttp).toEqual(emu.handle.stats());
  expect((await signedRequest(`${emu.handle.url}/__stats/transactions`)).json()).toEqual(emu.handle.txStats());
  await signedRequest(`${emu.handle.url}/__stats/reset`, { method: 'POST' });
  expect(emu.handle.stats()).toEqual({});
  expect(emu.handle.txStats()).toEqual({ start: 0, commit: 0, abort: 0, conflict: 0 });
});

test('a plugin action answers { requestId, data } with the request env, or raw bytes, or its error', async () => {
  emu.handle.store.insert('srv_plugin', [{ a: 1 }, { a: 2 }]);
  const ok = (await admin({ action: 'test.echo', value: 42 })).json();
  expect(ok).toEqual({ requestId: expect.any(String), data: { got: 42, env: 'envA', baseUrl: emu.handle.url, docs: 2 } });
  const bytes = await admin({ action: 'test.bytes' });
  expect(bytes.headers['content-type']).toBe('application/octet-stream');
  expect([...bytes.body]).toEqual([1, 2, 3]);
  expect((await admin({ action: 'test.fail' })).json()).toMatchObject({ code: 'PLUGIN_NO', message: 'plugin said no' });
});

test('multipart/form-data bodies: text parts as strings, typed parts as Buffers', async () => {
  const res = await signedRequest(`${emu.handle.serviceUrl}?env=local`, {
    form: true,
    body: { action: 'test.form', apiName: 'x.y', requestData: Buffer.from([0, 255, 7]) },
  });
  expect(res.json().data).toEqual({ ok: true });
  const body = seen.at(-1);
  expect(body.apiName).toBe('x.y');
  expect(Buffer.isBuffer(body.requestData)).toBe(true);
  expect([...body.requestData]).toEqual([0, 255, 7]);
});

test('an action nobody handles rejects the SDK promise with a clear message', async () => {
  await expect(emu.cloud.callFunction({ name: 'nothing', data: {} })).rejects.toThrow(/no handler for action "functions.invokeFunction"/);
  expect((await admin({ action: 'database.dropEverything' })).json()).toMatchObject({
    code: 'INVALID_ACTION',
    message: expect.stringContaining('database.dropEverything'),
  });
  expect((await admin('not an object')).json()).toMatchObject({ code: 'INVALID_PARAM' });
});

test('other paths go to plugin routes, else 404', async () => {
  const hello = await fetch(`${emu.handle.url}/plugin/hello`);
  expect(await hello.text()).toBe('hi');
  const missing = await fetch(`${emu.handle.url}/nowhere`);
  expect(missing.status).toBe(404);
});
