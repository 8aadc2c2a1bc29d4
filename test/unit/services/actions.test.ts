import { call } from '@/services/api';
import { apiOf } from '@/services/actions';
import { wishApi } from '@/services/wish';

jest.mock('@/services/api', () => ({ call: jest.fn(async () => ({ ok: true, data: null })) }));
const sent = call as jest.MockedFunction<typeof call>;

type In = { list: { cursor?: string }; claim: { id: string } };
type Out = { list: string[]; claim: { id: string } };

beforeEach(() => sent.mockClear());

describe('apiOf: a cloud function’s senders with no runtime list of its actions', () => {
  it('sends the action named by the property read, with the input or {}', async () => {
    const api = apiOf<In, Out>('demo');
    await api.claim({ id: 'w1' });
    await api.list();
    await wishApi.allowance();
    expect(sent.mock.calls).toEqual([
      ['demo', 'claim', { id: 'w1' }],
      ['demo', 'list', {}],
      ['wish', 'allowance', {}],
    ]);
  });

  it('answers the same sender on each read (a stable dependency for hooks)', () => {
    const api = apiOf<In, Out>('demo');
    expect(api.list).toBe(api.list);
    expect(api.list).not.toBe(api.claim);
  });

  it('is not taken for a promise, a React element or a DOM node, and sends nothing when inspected', async () => {
    const api = apiOf<In, Out>('demo');
    const reads = api as unknown as Record<PropertyKey, unknown>;
    await expect(Promise.resolve(api)).resolves.toBe(api);
    for (const key of ['then', '$$typeof', '@@iterator', 'nodeType', 'toJSON', Symbol.iterator, Symbol.toPrimitive]) {
      expect(reads[key]).toBeUndefined();
    }
    expect(JSON.stringify({ api })).toBe('{"api":{}}');
    expect(sent).not.toHaveBeenCalled();
  });
});
