import { WishInput } from '@/contracts/wish.schema';

const ok = {
  title: '给独居老人买米面油',
  story: '王奶奶独自生活，腿脚不便，希望有人帮忙买些米面油。',
  category: '生活用品',
  valueFen: 20_000,
  beneficiary: { name: '王秀英', phone: '13800005555', address: '东门社区3栋2单元101' },
};
const photo = (n: number) => `cloud://local.6c6f-local-1300000000/uploads/p${n}.jpg`;
const fields = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.path.join('.'));

describe('WishInput.submit', () => {
  it('accepts a complete wish and fills defaults', () => {
    const v = WishInput.submit.parse({ ...ok, title: '  给独居老人买米面油 ', role: 'admin', status: 'open' });
    expect(v).toEqual({ ...ok, photos: [], proxy: false });
  });

  it.each([
    ['title', { title: '一'.repeat(31) }],
    ['title', { title: '   ' }],
    ['story', { story: '一'.repeat(501) }],
    ['category', { category: '美食' }],
    ['valueFen', { valueFen: 50_001 }],
    ['valueFen', { valueFen: 10.5 }],
    ['valueFen', { valueFen: -1 }],
    ['photos', { photos: [1, 2, 3, 4].map(photo) }],
    ['photos.0', { photos: ['https://evil.example/a.jpg'] }],
    ['beneficiary.phone', { beneficiary: { ...ok.beneficiary, phone: '12345' } }],
    ['beneficiary.address', { beneficiary: { ...ok.beneficiary, address: '' } }],
    ['beneficiary.name', { beneficiary: { ...ok.beneficiary, name: '1' } }],
  ])('refuses a bad %s', (field, patch) => {
    expect(fields(WishInput.submit.safeParse({ ...ok, ...patch }))).toContain(field);
  });

  it('takes the limits exactly', () => {
    const edge = { ...ok, title: '一'.repeat(30), story: '一'.repeat(500), valueFen: 50_000, photos: [1, 2, 3].map(photo) };
    expect(WishInput.submit.safeParse(edge).success).toBe(true);
    const noPhone = { ...ok, beneficiary: { name: '王秀英', address: '东门社区' } };
    expect(WishInput.submit.safeParse(noPhone).success).toBe(true);
  });
});

describe('other inputs', () => {
  it('needs a reason to reject', () => {
    expect(fields(WishInput.review.safeParse({ id: 'w1', approve: false }))).toEqual(['reason']);
    expect(WishInput.review.safeParse({ id: 'w1', approve: false, reason: '信息不全' }).success).toBe(true);
    expect(WishInput.review.safeParse({ id: 'w1', approve: true }).success).toBe(true);
  });

  it('needs a location to sort by distance, and pages by at most 20', () => {
    expect(fields(WishInput.pool.safeParse({ sort: 'nearest' }))).toEqual(['lat']);
    expect(WishInput.pool.parse({ sort: 'nearest', lat: 26.7, lng: 110.6 })).toMatchObject({ limit: 20 });
    expect(fields(WishInput.pool.safeParse({ limit: 21 }))).toEqual(['limit']);
    expect(WishInput.pool.parse({})).toEqual({ sort: 'newest', limit: 20 });
    expect(WishInput.pool.parse({ cursor: 'WyJrIl0' })).toMatchObject({ cursor: 'WyJrIl0' });
    for (const cursor of ['', 'a.b', 'x'.repeat(401), 12]) expect(fields(WishInput.pool.safeParse({ cursor }))).toEqual(['cursor']);
  });

  it('rates 1 to 5 with an optional comment', () => {
    for (const rating of [0, 6, 2.5]) expect(fields(WishInput.confirm.safeParse({ id: 'w', rating }))).toEqual(['rating']);
    expect(WishInput.confirm.safeParse({ id: 'w', rating: 5 }).success).toBe(true);
    expect(fields(WishInput.confirm.safeParse({ id: 'w', rating: 5, comment: '好'.repeat(201) }))).toEqual(['comment']);
  });

  it('needs a note to fulfil, with at most 3 photos', () => {
    expect(fields(WishInput.fulfil.safeParse({ id: 'w', note: '' }))).toEqual(['note']);
    expect(fields(WishInput.fulfil.safeParse({ id: 'w', note: '已送达', photos: [1, 2, 3, 4].map(photo) }))).toEqual(['photos']);
  });
});
