import { checkPhone, checkRealName } from '@/contracts/fields';
import type { UserInputOf } from '@/contracts/user';

/** What the registration form holds (strings as typed; station from the picker or the home station). */
export type VolunteerFormValues = { realName: string; phone: string; stationId: string; skills: string[] };
export type VolunteerFormField = keyof VolunteerFormValues;
export type VolunteerFormErrors = Partial<Record<VolunteerFormField, string>>;

const FIELDS: VolunteerFormField[] = ['realName', 'phone', 'stationId', 'skills'];

/**
 * Checks the form by the contract's field rules (the server's schema uses the same ones and wording), so the
 * messages next to the fields are the ones the server would give. Empty fields get a plain "please fill in".
 */
export function validateVolunteerForm(
  v: VolunteerFormValues,
): { ok: true; input: UserInputOf<'registerVolunteer'> } | { ok: false; errors: VolunteerFormErrors } {
  const errors: VolunteerFormErrors = {};
  const phone = v.phone.replace(/\s+/g, '');
  const skills = v.skills.map((s) => s.trim());
  if (!v.realName.trim()) errors.realName = '请填写真实姓名';
  if (!v.phone.trim()) errors.phone = '请填写手机号码';
  if (!v.stationId) errors.stationId = '请选择服务站点';
  errors.realName ??= checkRealName(v.realName);
  errors.phone ??= checkPhone(phone);
  if (skills.length > 10) errors.skills = '技能最多选10项';
  else if (skills.some((s) => s.length > 10)) errors.skills = '每项技能最多10个字';
  for (const f of FIELDS) if (!errors[f]) delete errors[f];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { realName: v.realName.trim(), phone, stationId: v.stationId, skills } };
}

/** Server field errors (path → message) mapped onto the form's fields; the rest go to the banner. */
export function fieldErrorsFrom(fields: Record<string, string> | undefined): VolunteerFormErrors {
  const out: VolunteerFormErrors = {};
  if (!fields) return out;
  for (const [path, msg] of Object.entries(fields)) {
    const key = path.split('.')[0] as VolunteerFormField;
    if ((FIELDS as string[]).includes(key) && !out[key]) out[key] = msg;
  }
  return out;
}
