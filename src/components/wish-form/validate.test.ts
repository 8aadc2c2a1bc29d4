import { WishInput } from '@/contracts/wish.schema';
import { fieldErrorsFrom, validateWishForm, type WishFormValues } from './validate';

const filled: WishFormValues = {
  title: '想要一台收音机',
  story: '家里的收音机坏了，老人每天想听戏。',
  category: '生活用品',
  yuan: '50',
  name: '张桂兰',
  phone: '138 0000 0000',
  address: '东门社区东门路22号3栋101',
  noPhone: false,
  stationId: '',
  photos: [],
};

/** The message the server's schema gives for this input path (the form must show the same one). */
function serverMessage(input: object, path: string): string | undefined {
  const r = WishInput.submit.safeParse(input);
  return r.success ? undefined : r.error.issues.find((i) => i.path.join('.') === path)?.message;
}

describe('validateWishForm', () => {
  it('a filled form: the input the server takes, yuan in fen, the phone without spaces', () => {
    const r = validateWishForm(filled, false);
    expect(r).toEqual({
      ok: true,
      input: {
        title: filled.title,
        story: filled.story,
        category: '生活用品',
        valueFen: 5000,
        photos: [],
        beneficiary: { name: '张桂兰', address: filled.address, phone: '13800000000' },
        proxy: false,
      },
    });
  });

  it.each([
    ['0', 0],
    ['12.5', 1250],
    ['0.01', 1],
    [' 500 ', 50000],
  ])('yuan %j is %d fen', (yuan, fen) => {
    const r = validateWishForm({ ...filled, yuan }, false);
    expect(r.ok && r.input.valueFen).toBe(fen);
  });

  it.each([
    ['', '请填写大约要花多少钱，不用花钱就填 0'],
    ['  ', '请填写大约要花多少钱，不用花钱就填 0'],
    ['五十', '请只填数字，例如 50'],
    ['12.345', '请只填数字，例如 50'],
    ['-5', '请只填数字，例如 50'],
  ])('yuan %j: %s', (yuan, message) => {
    expect(validateWishForm({ ...filled, yuan }, false)).toEqual({ ok: false, errors: { yuan: message } });
  });

  it('over 500 元: the server schema message, under 金额', () => {
    const r = validateWishForm({ ...filled, yuan: '500.01' }, false);
    expect(r).toEqual({ ok: false, errors: { yuan: '心愿价值不能超过500元' } });
  });

  it('an empty form: a plain "please fill in" under every field at once', () => {
    const empty: WishFormValues = { ...filled, title: '', story: '', category: '', yuan: '', name: '', phone: '', address: '' };
    const r = validateWishForm(empty, true);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({
      yuan: '请填写大约要花多少钱，不用花钱就填 0',
      category: '请选择心愿类别',
      name: '请填写姓名',
      address: '请填写住址',
      phone: '请填写受助人的手机号码',
      station: '请选择心愿所在的站点',
    });
    expect(r.errors.title).toBe(serverMessage({ ...filled, title: '' }, 'title'));
    expect(r.errors.story).toBe(serverMessage({ ...filled, story: '' }, 'story'));
    expect(r.errors.title).toBeTruthy();
    expect(r.errors.story).toBeTruthy();
  });

  it('a title too long: the message the server would give, under the title', () => {
    const title = '长'.repeat(31);
    const r = validateWishForm({ ...filled, title }, false);
    expect(r).toEqual({ ok: false, errors: { title: serverMessage({ ...filled, title }, 'title') } });
  });

  it("proxy: a resident without a phone may be recorded (no phone sent); a resident's own wish needs one", () => {
    const noPhone = { ...filled, phone: '', noPhone: true, stationId: 'n-dongmen' };
    const proxy = validateWishForm(noPhone, true);
    expect(proxy.ok && proxy.input.beneficiary).toEqual({ name: '张桂兰', address: filled.address });
    expect(proxy.ok && proxy.input.stationId).toBe('n-dongmen');
    expect(validateWishForm(noPhone, false)).toEqual({ ok: false, errors: { phone: '请填写受助人的手机号码' } });
  });

  it('proxy: the station is required', () => {
    expect(validateWishForm(filled, true)).toEqual({ ok: false, errors: { station: '请选择心愿所在的站点' } });
  });

  it('a phone that is not a mobile number: the server schema message, under the phone', () => {
    const r = validateWishForm({ ...filled, phone: '12345' }, false);
    expect(r).toEqual({
      ok: false,
      errors: {
        phone: serverMessage({ ...filled, beneficiary: { name: '张桂兰', address: filled.address, phone: '12345' } }, 'beneficiary.phone'),
      },
    });
    expect(!r.ok && r.errors.phone).toBeTruthy();
  });
});

describe('fieldErrorsFrom', () => {
  it("puts the server's field messages under the form's fields, the first one per field", () => {
    expect(
      fieldErrorsFrom({
        'beneficiary.phone': '手机号码格式不对',
        valueFen: '心愿价值不能超过500元',
        'photos.1': '图片无效',
        'photos.2': '另一张也无效',
        stationId: '站点不存在',
        unknown: '没有这个字段',
      }),
    ).toEqual({ phone: '手机号码格式不对', yuan: '心愿价值不能超过500元', photos: '图片无效', station: '站点不存在' });
    expect(fieldErrorsFrom(undefined)).toEqual({});
  });
});
