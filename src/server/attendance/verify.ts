import type { VerifyView } from '../../contracts/service-records';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { maskName } from '../../core/mask';
import { defineAction } from '../router';
import { fail } from './guards';
import { userByVolunteerNo } from './places';

/**
 * Anyone signed in checks a record sheet's number: the masked name, total hours and the records' count,
 * nothing more (no phone, no station, no record). One read.
 */
export const verify = defineAction({
  input: AttendanceInput.verify,
  async handle({ number }): Promise<VerifyView> {
    const user = await userByVolunteerNo(number);
    if (!user) return fail('RECORD_NUMBER_NOT_FOUND');
    return {
      number,
      maskedName: maskName(user.volunteer?.realName ?? user.nickname),
      totalHours: user.serviceHours ?? 0,
      recordCount: user.serviceRecords ?? 0,
    };
  },
});
