import { hoursText, monthOf, monthText, previousMonth, timeOnDay } from '@/services/attendance';

// 2026-12-02 09:00 China time (UTC+8) is 01:00 UTC.
const NINE_CHINA = Date.UTC(2026, 11, 2, 1, 0);

describe('attendance page helpers', () => {
  it.each([
    ['09:05', Date.UTC(2026, 11, 2, 1, 5)],
    ['9:05', Date.UTC(2026, 11, 2, 1, 5)],
    [' 23:59 ', Date.UTC(2026, 11, 2, 15, 59)],
    ['00:00', Date.UTC(2026, 11, 1, 16, 0)],
    ['10：30', Date.UTC(2026, 11, 2, 2, 30)], // a full-width colon, as a Chinese keyboard types it
  ])('a leader\'s "%s" is that time on the slot\'s China day', (text, ms) => {
    expect(timeOnDay(NINE_CHINA, text)).toBe(ms);
  });

  it.each(['', '9', '24:00', '12:60', '9.30', 'abc'])('"%s" is not a time of day', (text) => {
    expect(timeOnDay(NINE_CHINA, text)).toBeNull();
  });

  it('the month is China time: 1 December 00:30 in China is still November in UTC', () => {
    expect(monthOf(Date.UTC(2026, 10, 30, 16, 30))).toBe('2026-12');
    expect(monthOf(Date.UTC(2026, 10, 30, 15, 59))).toBe('2026-11');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-12')).toBe('2026-11');
    expect(monthText('2026-03')).toBe('2026年3月');
  });

  it.each([
    [0, '0 小时'],
    [2, '2 小时'],
    [1.5, '1.5 小时'],
  ])('%s hours read %s', (h, text) => {
    expect(hoursText(h)).toBe(text);
  });
});
