import { checkField } from '../../../emulator/openapi/fieldRules';
import { chinaDate, chinaDateTime, cutChars, fieldTypeOf, fitValue, subscribePage, templateData, FIELD_TYPES } from '@/core/subscribe';

// 2026-01-05 07:01 UTC = 15:01 in China.
const AT = Date.UTC(2026, 0, 5, 7, 1);

describe('fieldTypeOf', () => {
  it.each([
    ['thing1', 'thing'],
    ['phrase12', 'phrase'],
    ['character_string3', 'character_string'],
    ['phone_number9', 'phone_number'],
    ['thing', null],
    ['colour1', null],
    ['Thing1', null],
  ])('%s → %p', (key, type) => expect(fieldTypeOf(key)).toBe(type));
});

describe('cutChars', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(cutChars('😀😀😀', 2)).toBe('😀😀');
    expect(cutChars('一二三', 3)).toBe('一二三');
    expect(cutChars('一二三四', 3, true)).toBe('一二…');
  });
});

describe('China time', () => {
  it('formats in UTC+8', () => {
    expect(chinaDate(AT)).toBe('2026年1月5日');
    expect(chinaDateTime(AT)).toBe('2026年1月5日 15:01');
    expect(chinaDate(Date.UTC(2026, 0, 5, 16, 30))).toBe('2026年1月6日'); // past midnight in China
    expect(chinaDateTime(Date.UTC(2026, 0, 5, 16, 5))).toBe('2026年1月6日 00:05');
  });
});

describe('fitValue', () => {
  it.each([
    ['thing', '给独居老人买米面油', '给独居老人买米面油'],
    ['thing', '这是一段明显超过二十个字限制的心愿描述文字内容', '这是一段明显超过二十个字限制的心愿描述…'],
    ['thing', '  多个\n空白\t合并  ', '多个 空白 合并'],
    ['phrase', '已认领', '已认领'],
    ['phrase', '审核已通过了呢', '审核已通过'],
    ['phrase', 'OK通过!', '通过'],
    ['name', '欧阳娜娜娜娜娜娜娜娜娜', '欧阳娜娜娜娜娜娜娜娜'],
    ['name', 'Alexander Hamilton-Smith', 'Alexander Hamilton-S'],
    ['number', '21', '21'],
    ['number', '-10', '-10'],
    ['number', '1,234.5', '1234.5'],
    ['letter', 'abc-123-DEF', 'abcDEF'],
    ['symbol', '★☆!!!!!', '★☆!!!'],
    ['character_string', 'W-2026 0105/测试', 'W-20260105/'],
    ['time', String(AT), '2026年1月5日 15:01'],
    ['time', '15:01', '15:01'],
    ['time', '2026年1月5日 15:01', '2026年1月5日 15:01'],
    ['date', String(AT), '2026年1月5日'],
    ['date', '2026-01-05', '2026-01-05'],
    ['amount', '12.5', '12.5'],
    ['amount', '12.345', '12.35元'],
    ['amount', '¥8.00', '¥8.00'],
    ['phone_number', '0739-5551000 转 2', '0739-5551000  2'],
    ['car_number', '湘E 12345学', '湘E12345学'],
    ['car_number', '湘E123456X9', '湘E123456'],
  ] as const)('%s %p → %p', (type, raw, expected) => {
    const v = fitValue(type, raw);
    expect(v).toBe(expected);
  });

  it.each([
    ['thing', '   '],
    ['phrase', 'OK!'],
    ['number', '十'],
    ['number', '1'.repeat(33)],
    ['letter', '123'],
    ['symbol', 'abc'],
    ['character_string', '测试'],
    ['time', '明天下午'],
    ['date', '下周一'],
    ['amount', '很多'],
    ['phone_number', '无'],
    ['car_number', '没有车牌'],
  ] as const)('%s %p cannot be made valid', (type, raw) => expect(fitValue(type, raw)).toBeNull());

  it('produces only values WeChat accepts', () => {
    const samples = [
      '给独居老人买米面油和一些日常生活用品以及冬天的棉被',
      '已认领',
      String(AT),
      '2026-01-05',
      '21',
      '李建国',
      'ab!c',
      '13800001111',
    ];
    for (const type of FIELD_TYPES) {
      for (const raw of samples) {
        const v = fitValue(type, raw);
        if (v !== null) expect([type, raw, checkField(`${type}1`, { value: v })]).toEqual([type, raw, null]);
      }
    }
  });
});

describe('templateData', () => {
  const fields = { title: 'thing1', status: 'phrase2', time: 'time3', who: 'name4' };
  it('fills each field from our names, cut to its limits', () => {
    const out = templateData(fields, {
      title: '这是一段明显超过二十个字限制的心愿描述文字内容',
      status: '已认领',
      time: String(AT),
      who: '王小红',
      extra: 'x',
    });
    expect(out).toEqual({
      missing: [],
      data: {
        thing1: { value: '这是一段明显超过二十个字限制的心愿描述…' },
        phrase2: { value: '已认领' },
        time3: { value: '2026年1月5日 15:01' },
        name4: { value: '王小红' },
      },
    });
  });
  it('names the values that are absent or unusable, and unknown field types', () => {
    const out = templateData({ ...fields, bad: 'colour5' }, { title: '标题', status: 'OK', time: '明天' });
    expect(out.missing.sort()).toEqual(['bad', 'status', 'time', 'who']);
    expect(out.data).toEqual({ thing1: { value: '标题' } });
  });
});

describe('subscribePage', () => {
  it('drops the leading slash', () => {
    expect(subscribePage('/packages/wish/detail/index?id=w1')).toBe('packages/wish/detail/index?id=w1');
    expect(subscribePage('pages/index/index')).toBe('pages/index/index');
    expect(subscribePage(undefined)).toBeUndefined();
    expect(subscribePage('/')).toBeUndefined();
  });
});
