import type { SealView } from '../../contracts/service-records';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { fail } from './guards';
import { toSealView } from './seal';
import { asStaffOver } from './scope';
import { saveSeal, type SealDoc } from './seals-repo';

/**
 * Staff over a station upload (or replace) its seal image and name its 负责人, 经办人 and phone: from then on
 * the station's record sheets are 志愿服务证明. Audited.
 */
export const setSeal = defineAction({
  input: AttendanceInput.setSeal,
  write: true,
  async handle({ stationId, fileId, head, handler, phone }, ctx): Promise<SealView> {
    const { me, node } = await asStaffOver(ctx, stationId);
    if (node.kind !== 'station') fail('SEAL_STATION_INVALID');
    const doc: SealDoc = { _id: node._id, stationName: node.name, fileId, head, handler, phone, updatedAt: ctx.now, updatedBy: me._id };
    await saveSeal(doc);
    await audit(ctx, {
      action: 'attendance.setSeal',
      targetType: 'org_node',
      targetId: node._id,
      nodePath: node.path,
      detail: { fileId, head, handler, phone },
    });
    return toSealView(node._id, node.name, doc);
  },
});
