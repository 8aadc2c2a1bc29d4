import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();

describe('org', () => {
  it('browses the tree from the center down, paged', async () => {
    const me = await cloud.as('demo-resident');
    const top = await me.ok('org', 'tree');
    expect(top.items.map((n: { id: string }) => n.id)).toEqual(['n-center']);
    const institutes = await me.ok('org', 'tree', { parentId: 'n-center' });
    expect(institutes.items).toHaveLength(2);
    expect(institutes.items[0]).toMatchObject({ kind: 'institute', childCount: 2, path: ['n-center', institutes.items[0].id] });
    const page1 = await me.ok('org', 'tree', { parentId: 'n-chengguan', limit: 1 });
    const page2 = await me.ok('org', 'tree', { parentId: 'n-chengguan', limit: 1, cursor: page1.next });
    expect(page1.next).toEqual(expect.any(String));
    expect(page2.next).toBeNull();
    // Name order, as the whole level in one page answers it.
    const whole = await me.ok('org', 'tree', { parentId: 'n-chengguan' });
    expect([page1.items[0].id, page2.items[0].id]).toEqual(whole.items.map((n: { id: string }) => n.id));
    expect(whole.items.map((n: { id: string }) => n.id).sort()).toEqual(['n-dongmen', 'n-nantang']);
    expect(whole.next).toBeNull();
    expect(await me.ok('org', 'tree', { parentId: 'n-dongmen' })).toEqual({ items: [], next: null });
  });

  it('refuses a page above 100, or a cursor it did not make', async () => {
    const me = await cloud.as('demo-resident');
    expect(await me.call('org', 'tree', { limit: 101 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    const near = await me.ok('org', 'nearestStations', { lat: 26.733, lng: 110.641, limit: 1 });
    for (const cursor of ['abc', 'a.b', near.next]) {
      expect(await me.call('org', 'tree', { parentId: 'n-chengguan', cursor })).toMatchObject({
        ok: false,
        code: 'VALIDATION_FAILED',
        fields: { cursor: expect.any(String) },
      });
    }
  });

  it('gives a node with its ancestors', async () => {
    const me = await cloud.as('demo-resident');
    const n = await me.ok('org', 'node', { id: 'n-shiqiao' });
    expect(n.ancestors.map((a: { id: string }) => a.id)).toEqual(['n-center', 'n-longxi']);
    expect(await me.call('org', 'node', { id: 'n-missing' })).toMatchObject({ ok: false, code: 'NODE_NOT_FOUND' });
  });

  it('finds the stations nearest a point, nearest first', async () => {
    const me = await cloud.as('demo-resident');
    const near = await me.ok('org', 'nearestStations', { lat: 26.733, lng: 110.641, limit: 3 });
    expect(near.items.map((s: { id: string }) => s.id)).toEqual(['n-dongmen', 'n-nantang', 'n-longxicun']);
    expect(near.items[0].distanceM).toBeLessThan(200);
    const far = await me.ok('org', 'nearestStations', { lat: 28.2, lng: 112.9 });
    expect(far.items).toHaveLength(4);
    expect(far.next).toBeNull();
    expect(await me.call('org', 'nearestStations', { lat: 'x', lng: 110 })).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('pages the nearest stations: the next page goes on with the next nearest', async () => {
    const me = await cloud.as('demo-resident');
    const at = { lat: 26.733, lng: 110.641 };
    const four = (await me.ok('org', 'nearestStations', { ...at, limit: 4 })).items.map((s: { id: string }) => s.id);
    const first = await me.ok('org', 'nearestStations', { ...at, limit: 2 });
    expect(first.next).toEqual(expect.any(String));
    const second = await me.ok('org', 'nearestStations', { ...at, limit: 2, cursor: first.next });
    expect([...first.items, ...second.items].map((s: { id: string }) => s.id)).toEqual(four);
    expect(await me.call('org', 'nearestStations', { ...at, cursor: 'abc' })).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('needs a caller', async () => {
    expect(await cloud.anonymous('org', { action: 'tree' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
