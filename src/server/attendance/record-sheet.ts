import type { RecordSheetView } from '../../contracts/service-records';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { ATTENDANCE_ROUTES } from '../../contracts/routes';
import { starOf } from '../../core/stars';
import { defineAction } from '../router';
import { loadCenterSettings } from '../shared/center-settings';
import { signingSecret } from '../shared/signed-token';
import { recordsOf } from './repo';
import { findSeal } from './seals-repo';
import type { ServiceTotals } from './totals';
import { toRecord } from './view';
import { volunteerNoOf } from './volunteer-no';

const SHEET_MAX = 200;

/**
 * The caller's record sheet: their records (of one station when named), the total, their verification
 * number (stable per volunteer: the 志愿者编号) and the path its QR opens. Only a station with a seal
 * uploaded by its staff issues a 志愿服务证明 (its issuer, 负责人, 经办人, phone and seal on it); every
 * other sheet is titled 志愿服务记录. Reads: the caller, the records and the seal, at once.
 */
export const recordSheet = defineAction({
  input: AttendanceInput.recordSheet,
  async handle({ stationId }, ctx): Promise<RecordSheetView> {
    const [me, docs, seal, settings, secret] = await Promise.all([
      ctx.me(),
      recordsOf(ctx.userId, stationId, SHEET_MAX),
      stationId ? findSeal(stationId) : Promise.resolve(null),
      loadCenterSettings(ctx.now),
      signingSecret(),
    ]);
    const totals = me as typeof me & ServiceTotals;
    const number = totals.volunteerNo ?? volunteerNoOf(secret, me._id);
    const records = docs.map(toRecord);
    const overall = totals.serviceHours ?? 0;
    const certificate = !!seal && records.length > 0;
    const sheetHours = stationId ? records.reduce((sum, r) => sum + r.hours, 0) : overall;
    return {
      kind: certificate ? 'certificate' : 'record',
      title: certificate ? '志愿服务证明' : '志愿服务记录',
      number,
      verifyPath: `${ATTENDANCE_ROUTES.verify}?number=${number}`,
      issuedAt: ctx.now,
      volunteerName: me.volunteer?.realName ?? me.nickname,
      volunteerNumber: number,
      records,
      totalHours: sheetHours,
      recordCount: stationId ? records.length : (totals.serviceRecords ?? 0),
      star: starOf(overall, settings.starThresholdsHours),
      ...(certificate && seal
        ? {
            issuer: {
              stationId: seal._id,
              stationName: seal.stationName,
              sealFileId: seal.fileId,
              head: seal.head,
              handler: seal.handler,
              phone: seal.phone,
            },
          }
        : {}),
    };
  },
});
