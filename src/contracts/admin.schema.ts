/** The admin function's input schemas (functions parse with these; pages import ./admin instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id } from './fields.schema';
import type { AdminAction, AdminInputs } from './admin';
import { PHONE_MESSAGE } from './fields';
import { GeoPointSchema } from './geo.schema';
import { SubscribeTemplatesSchema } from './messages.schema';
import { pageFields } from './paging.schema';
import type { AllSame, Same } from './same';
import { CenterSettingsSchema } from './settings.schema';

/** A landline (0571-88886666) or a mobile: what a station puts up as its public contact. */
const contactPhone = z
  .string()
  .trim()
  .regex(/^(\d{3,4}-?\d{7,8}(-\d{1,6})?|1\d{10})$/, `${PHONE_MESSAGE}，或带区号的座机号`);

const nodeFields = {
  name: z.string().trim().min(2, '名称至少2个字').max(40, '名称最多40个字'),
  address: z.string().trim().min(2, '请填写地址').max(100, '地址最多100个字'),
  location: GeoPointSchema,
  contact: z.object({ name: z.string().trim().min(1, '请填写联系人').max(20, '联系人最多20个字'), phone: contactPhone }).optional(),
  wishPoints: z.number().int('积分必须是整数').min(0).max(1000, '每个心愿最多1000分').optional(),
  volunteerReview: z.boolean().optional(),
};

export const AdminInput = actionInputs({
  todoCounts: () => z.object({}),
  auditLog: () => z.object({ nodeId: id.optional(), ...pageFields(50, 20) }),
  settings: () => z.object({}),
  saveSettings: () =>
    z.object({
      // Each half is parsed whole (defaults fill what is left out), so what is saved is always a valid document.
      center: CenterSettingsSchema.optional(),
      templates: SubscribeTemplatesSchema.optional(),
    }),
  addNode: () => z.object({ parentId: id, ...nodeFields }),
  editNode: () =>
    z.object({
      id,
      name: nodeFields.name.optional(),
      address: nodeFields.address.optional(),
      location: GeoPointSchema.optional(),
      contact: nodeFields.contact,
      wishPoints: nodeFields.wishPoints,
      volunteerReview: nodeFields.volunteerReview,
    }),
  scopeStations: () => z.object({}),
  scopeTeams: () => z.object({ stationId: id, ...pageFields(50, 50) }),
}) satisfies Record<AdminAction, z.ZodType>;

export const _adminInputsMatch: AllSame<{ [A in AdminAction]: Same<z.input<(typeof AdminInput)[A]>, AdminInputs[A]> }> = true;
