import { checkPhone, checkPhotos, checkRealName, checkText } from '@/contracts/fields';
import { WISH_LIMITS, type WishCategory, type WishInputOf } from '@/contracts/wish';

/** What the wish form holds, as typed. */
export type WishFormValues = {
  title: string;
  story: string;
  category: WishCategory | '';
  /** 元, as typed ("" = not filled in). */
  yuan: string;
  name: string;
  phone: string;
  address: string;
  /** Proxy only: the resident has no phone at all. */
  noPhone: boolean;
  /** Proxy of a resident without a phone: the grid worker's work phone (optional), shown to the claimer. */
  workPhone?: string;
  stationId: string;
  photos: string[];
};
export type WishFormField = 'title' | 'story' | 'category' | 'yuan' | 'photos' | 'name' | 'phone' | 'address' | 'station';
export type WishFormErrors = Partial<Record<WishFormField, string>>;

/** Input paths (zod's and the server's `fields`) → the form field that shows the message. */
const PATHS: Record<string, WishFormField> = {
  title: 'title',
  story: 'story',
  category: 'category',
  valueFen: 'yuan',
  photos: 'photos',
  'beneficiary.name': 'name',
  'beneficiary.phone': 'phone',
  workPhone: 'phone',
  'beneficiary.address': 'address',
  beneficiary: 'name',
  stationId: 'station',
};

export function fieldOf(path: string): WishFormField | undefined {
  return PATHS[path] ?? PATHS[path.split('.')[0]];
}

/** "50" / "12.5" → fen; undefined when it is not an amount. */
function toFen(yuan: string): number | undefined {
  const t = yuan.trim();
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(t)) return undefined;
  return Math.round(Number(t) * 100);
}

/**
 * Checks the form by the contract's field rules (the server's schema uses the same limits and wording, and
 * validate.test.ts compares the two), so the message under a field is the one the server would give; empty
 * fields get a plain "please fill in" first. No zod here: it would weigh on the main package.
 */
export function validateWishForm(
  v: WishFormValues,
  proxy: boolean,
): { ok: true; input: WishInputOf<'submit'> } | { ok: false; errors: WishFormErrors } {
  const errors: WishFormErrors = {};
  const fen = toFen(v.yuan);
  if (!v.yuan.trim()) errors.yuan = '请填写大约要花多少钱，不用花钱就填 0';
  else if (fen === undefined) errors.yuan = '请只填数字，例如 50';
  else if (fen > WISH_LIMITS.valueFen) errors.yuan = '心愿价值不能超过500元';
  if (!v.category) errors.category = '请选择心愿类别';
  if (!v.name.trim()) errors.name = '请填写姓名';
  if (!v.address.trim()) errors.address = '请填写住址';
  const phone = v.phone.replace(/\s+/g, '');
  const withPhone = !!phone && !(proxy && v.noPhone);
  if (!phone && !(proxy && v.noPhone)) errors.phone = '请填写受助人的手机号码';
  if (proxy && !v.stationId) errors.station = '请选择心愿所在的站点';
  const workPhone = proxy && v.noPhone ? (v.workPhone ?? '').replace(/\s+/g, '') : '';
  if (workPhone && !/^(\d{3,4}-?\d{7,8}|1[3-9]\d{9})$/.test(workPhone)) errors.phone = '请填写手机号，或带区号的座机号';
  const checks: [WishFormField, string | undefined][] = [
    ['title', checkText(v.title, '心愿标题', WISH_LIMITS.title)],
    ['story', checkText(v.story, '心愿故事', WISH_LIMITS.story)],
    ['photos', checkPhotos(v.photos, WISH_LIMITS.photos)],
    ['name', checkRealName(v.name)],
    ['phone', withPhone ? checkPhone(phone) : undefined],
    ['address', checkText(v.address, '地址', WISH_LIMITS.address)],
  ];
  for (const [f, message] of checks) if (message && !errors[f]) errors[f] = message;
  if (Object.keys(errors).length || !v.category || fen === undefined) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title: v.title.trim(),
      story: v.story.trim(),
      category: v.category,
      valueFen: fen,
      photos: v.photos.map((p) => p.trim()),
      beneficiary: { name: v.name.trim(), address: v.address.trim(), ...(withPhone ? { phone } : {}) },
      ...(v.stationId ? { stationId: v.stationId } : {}),
      proxy,
      ...(workPhone ? { workPhone } : {}),
    },
  };
}

/** The server's field messages (CONTENT_RISKY names its field) on the form's fields. */
export function fieldErrorsFrom(fields: Record<string, string> | undefined): WishFormErrors {
  const out: WishFormErrors = {};
  for (const [path, msg] of Object.entries(fields ?? {})) {
    const f = fieldOf(path);
    if (f && !out[f]) out[f] = msg;
  }
  return out;
}

/** Codes that belong to one field when the server sends no `fields`. */
export const CODE_FIELDS: Partial<Record<string, WishFormField>> = {
  WISH_PHONE_REQUIRED: 'phone',
  WISH_PROXY_RIGHT_REQUIRED: 'phone',
  STATION_NOT_FOUND: 'station',
  NOT_A_STATION: 'station',
  HOME_STATION_REQUIRED: 'station',
};
