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
    const page2 = await me.ok('org', 'tree', { parentId: 'n-chengguan', limit: 1, offset: 1 });
    expect(page1.hasMore).toBe(true);
    expect(page2.hasMore).toBe(false);
    expect([page1.items[0].id, page2.items[0].id].sort()).toEqual(['n-dongmen', 'n-nantang']);
    expect((await me.ok('org', 'tree', { parentId: 'n-dongmen' })).items).toEqual([]);
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
    expect(await me.call('org', 'nearestStations', { lat: 'x', lng: 110 })).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('needs a caller', async () => {
    expect(await cloud.anonymous('org', { action: 'tree' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
