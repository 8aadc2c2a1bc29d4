import { UserInput, type UserInputOf } from '@/contracts/user';

/** What the registration form holds (strings as typed; station from the picker or the home station). */
export type VolunteerFormValues = { realName: string; phone: string; stationId: string; skills: string[] };
export type VolunteerFormField = keyof VolunteerFormValues;
export type VolunteerFormErrors = Partial<Record<VolunteerFormField, string>>;

const FIELDS: VolunteerFormField[] = ['realName', 'phone', 'stationId', 'skills'];

/**
 * Checks the form with the contract's own schema (the server runs the same one), so the messages
 * next to the fields are the ones the server would give. Empty fields get a plain "please fill in".
 */
export function validateVolunteerForm(
  v: VolunteerFormValues,
): { ok: true; input: UserInputOf<'registerVolunteer'> } | { ok: false; errors: VolunteerFormErrors } {
  const errors: VolunteerFormErrors = {};
  if (!v.realName.trim()) errors.realName = '请填写真实姓名';
  if (!v.phone.trim()) errors.phone = '请填写手机号码';
  if (!v.stationId) errors.stationId = '请选择服务站点';
  const parsed = UserInput.registerVolunteer.safeParse({
    realName: v.realName,
    phone: v.phone.replace(/\s+/g, ''),
    stationId: v.stationId,
    skills: v.skills,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && (FIELDS as string[]).includes(key)) {
        const f = key as VolunteerFormField;
        if (!errors[f]) errors[f] = f === 'stationId' ? '请选择服务站点' : issue.message;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
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
