import { checkPhone, checkPhotos, checkRealName, checkText } from '@/contracts/fields';
import { UserInput } from '@/contracts/user.schema';
import { WishInput } from '@/contracts/wish.schema';
import { WISH_LIMITS } from '@/contracts/wish';
import { validateVolunteerForm } from '@/services/volunteer-form';

/** The first message the server's schema gives at `path`, or undefined when it accepts the input. */
function serverMessage(schema: { safeParse: (v: unknown) => any }, input: object, path: string): string | undefined {
  const r = schema.safeParse(input);
  return r.success ? undefined : r.error.issues.find((i: { path: PropertyKey[] }) => i.path.join('.') === path)?.message;
}

// Pages check forms with the zod-free field rules (contracts/fields); the functions parse with the schemas.
// A message a page shows must be the one the server would answer with.
describe('client field checks say what the server schemas say', () => {
  const volunteer = { realName: '王小红', phone: '13800001111', stationId: 'n-dongmen', skills: ['理发'] };

  it.each([['王'], ['王'.repeat(21)], ["Robert'); DROP"], ['王小红']])('real name %j', (realName) => {
    expect(checkRealName(realName)).toBe(serverMessage(UserInput.registerVolunteer, { ...volunteer, realName }, 'realName'));
  });

  it.each([['1380000111'], ['23800001111'], ['138000011112'], ['13800001111']])('phone %j', (phone) => {
    expect(checkPhone(phone)).toBe(serverMessage(UserInput.registerVolunteer, { ...volunteer, phone }, 'phone'));
  });

  it.each([[''], ['   '], ['好'.repeat(WISH_LIMITS.note)], ['好'.repeat(WISH_LIMITS.note + 1)]])('fulfil note of %#', (note) => {
    const input = { id: 'w1', note, photos: [] };
    expect(checkText(note, '完成说明', WISH_LIMITS.note)).toBe(serverMessage(WishInput.fulfil, input, 'note'));
  });

  it.each([
    [['cloud://env-1.abc/wish/a.jpg']],
    [['https://example.com/a.jpg']],
    [['cloud://e/a.jpg', 'cloud://e/b.jpg', 'cloud://e/c.jpg', 'cloud://e/d.jpg']],
  ])('photos %j', (photos) => {
    const r = WishInput.fulfil.safeParse({ id: 'w1', note: '已送到', photos });
    const server = r.success ? undefined : r.error.issues[0]?.message;
    expect(checkPhotos(photos, WISH_LIMITS.photos)).toBe(server);
  });

  it('the volunteer form: a valid one gives exactly what the schema parses; a bad one the schema messages', () => {
    expect(validateVolunteerForm({ ...volunteer, phone: '138 0000 1111' })).toEqual({
      ok: true,
      input: UserInput.registerVolunteer.parse(volunteer),
    });
    const bad = { ...volunteer, realName: '王', phone: '1380000111' };
    expect(validateVolunteerForm(bad)).toEqual({
      ok: false,
      errors: {
        realName: serverMessage(UserInput.registerVolunteer, bad, 'realName'),
        phone: serverMessage(UserInput.registerVolunteer, bad, 'phone'),
      },
    });
  });
});
