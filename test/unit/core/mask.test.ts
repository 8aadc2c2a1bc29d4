import { maskName, maskPhone } from '@/core/mask';

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone(' 13900001111 ')).toBe('139****1111');
  });
  it('hides all but the last 2 characters of anything else', () => {
    expect(maskPhone('07395551000')).toBe('073****1000');
    expect(maskPhone('5551000')).toBe('*****00');
    expect(maskPhone('12')).toBe('**');
    expect(maskPhone('')).toBe('');
  });
});

describe('maskName', () => {
  it.each([
    ['张三丰', '张**'],
    ['李四', '李*'],
    ['王', '王*'],
    ['欧阳娜娜', '欧***'],
    ['', ''],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));
});
