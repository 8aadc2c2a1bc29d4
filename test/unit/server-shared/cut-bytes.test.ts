import { cutBytes } from '../../../src/server/order/pay-api';

describe('the pay body is cut to WeChat Pay’s 128 UTF-8 bytes', () => {
  it('keeps a short body as it is', () => {
    expect(cutBytes('善星小集-东门站 大米 2斤', 128)).toBe('善星小集-东门站 大米 2斤');
  });
  it('cuts a long Chinese name by bytes, never inside a character', () => {
    const cut = cutBytes('稻'.repeat(60), 128);
    expect(cut).toBe('稻'.repeat(42));
    expect(Buffer.byteLength(cut, 'utf8')).toBe(126);
  });
  it('counts letters as one byte each', () => {
    expect(cutBytes('a'.repeat(200), 128)).toHaveLength(128);
  });
});
