import { opt, pick, present } from '../../../src/server/shared/view-fields';
import { noticeOf, type Wording } from '../../../src/server/shared/wording';

describe('a view’s optional fields (shared/view-fields)', () => {
  it('opt leaves a field out when it is not set, and keeps every value that is', () => {
    expect(opt('paidAt', undefined)).toEqual({});
    expect(opt('paidAt', 0)).toEqual({ paidAt: 0 });
    expect(opt('note', '')).toEqual({ note: '' });
  });
  it('present copies only the named fields that are set, unchanged', () => {
    const doc = { a: 1, b: undefined as number | undefined, c: false, d: 'kept out', e: [1] };
    const out = present(doc, ['a', 'b', 'c', 'e']);
    expect(out).toEqual({ a: 1, c: false, e: [1] });
    expect('b' in out).toBe(false);
    expect(out.e).toBe(doc.e);
  });
  it('pick copies exactly the named fields, unchanged, and no other', () => {
    const doc = { a: 1, b: 'two', c: [3], d: 'kept out' };
    const out = pick(doc, ['a', 'b', 'c']);
    expect(out).toEqual({ a: 1, b: 'two', c: [3] });
    expect('d' in out).toBe(false);
    expect(out.c).toBe(doc.c);
  });
});

describe('a notice from a wording row (shared/wording)', () => {
  const row: Wording<[{ name: string }]> = { kind: 'order.ready', title: '可以取货了', status: '待取货', body: (o) => `「${o.name}」到了` };
  it('takes the words from the row and the status into the subscribe fields', () => {
    expect(noticeOf(row, [{ name: '大米' }], { userId: 'u1', link: '/p?id=o1', source: 'order:o1', data: { title: '大米' } })).toEqual({
      userId: 'u1',
      kind: 'order.ready',
      title: '可以取货了',
      body: '「大米」到了',
      link: '/p?id=o1',
      source: 'order:o1',
      subscribe: { data: { title: '大米', status: '待取货' } },
    });
  });
});
